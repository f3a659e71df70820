"""Dining philosophers, fixed: every philosopher takes the lower-numbered fork first."""
import threading

N = 4
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
table_lock = threading.Lock()
order = []


def philosopher(i, rounds):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                meals[i] += 1
                with table_lock:
                    order.append(i)


def main():
    diners = [threading.Thread(target=philosopher, args=(i, 2), name=f"phil-{i}") for i in range(N)]
    for d in diners:
        d.start()
    for d in diners:
        d.join()
    print("meals:", meals)
    print("total:", sum(meals), "log length:", len(order))


if __name__ == "__main__":
    main()
