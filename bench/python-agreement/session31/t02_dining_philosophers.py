# Dining philosophers: each picks up the lower-numbered fork first, so there is no cycle and no deadlock
import threading

N = 3
MEALS = 2

forks = [threading.Lock() for _ in range(N)]
meals_eaten = [0] * N
log = []
log_lock = threading.Lock()


def left_right(i):
    left = i
    right = (i + 1) % N
    return (left, right) if left < right else (right, left)


def philosopher(i):
    first, second = left_right(i)
    for meal in range(MEALS):
        # think
        total = 0
        for k in range(10):
            total += k
        with forks[first]:
            with forks[second]:
                meals_eaten[i] += 1
                with log_lock:
                    log.append((i, meal))


def main():
    diners = []
    for i in range(N):
        t = threading.Thread(target=philosopher, args=(i,), name=f"phil-{i}")
        diners.append(t)
        t.start()
    for t in diners:
        t.join()


main()
total_meals = sum(meals_eaten)
everyone_ate = all(m == MEALS for m in meals_eaten)
print("meals_eaten =", meals_eaten)
print("total_meals =", total_meals, "everyone_ate =", everyone_ate)
print("log entries:", len(log))
