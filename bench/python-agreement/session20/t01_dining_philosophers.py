"""Dining philosophers: each philosopher picks up the lower-numbered fork first (resource ordering)."""
import threading
import time

N_PHILOSOPHERS = 5
MEALS = 3

forks = [threading.Lock() for _ in range(N_PHILOSOPHERS)]
meals_eaten = [0] * N_PHILOSOPHERS
total_meals = 0
count_lock = threading.Lock()


def fork_order(seat):
    left, right = seat, (seat + 1) % N_PHILOSOPHERS
    return (left, right) if left < right else (right, left)


def philosopher(seat):
    global total_meals
    first, second = fork_order(seat)
    for _ in range(MEALS):
        time.sleep(0.001)  # think
        with forks[first]:
            with forks[second]:
                meals_eaten[seat] += 1
                with count_lock:
                    total_meals += 1
                time.sleep(0.001)  # eat


if __name__ == "__main__":
    diners = [threading.Thread(target=philosopher, args=(i,), name=f"phil-{i}") for i in range(N_PHILOSOPHERS)]
    for d in diners:
        d.start()
    for d in diners:
        d.join()
    assert total_meals == N_PHILOSOPHERS * MEALS, f"expected {N_PHILOSOPHERS * MEALS}, got {total_meals}"
    print(f"all {N_PHILOSOPHERS} philosophers ate: {meals_eaten}")
