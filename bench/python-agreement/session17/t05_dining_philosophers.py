# no bug: dining philosophers that always pick up the lower-numbered fork first, so no cycle can form
import threading

N = 4
forks = [threading.Lock() for _ in range(N)]
meals = {i: 0 for i in range(N)}


def philosopher(i: int, rounds: int = 2) -> None:
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                meals[i] += 1


if __name__ == "__main__":
    table = [threading.Thread(target=philosopher, args=(i,), name=f"phil-{i}") for i in range(N)]
    for p in table:
        p.start()
    for p in table:
        p.join()
    total_meals = sum(meals.values())
    print(f"meals: {meals} total={total_meals}")
    assert total_meals == N * 2
