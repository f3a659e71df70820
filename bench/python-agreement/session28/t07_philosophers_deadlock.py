# BUG: deadlock: every philosopher picks up the left fork, then waits for the right one (circular wait)
import threading
import time

N = 3
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N


def philosopher(seat: int) -> None:
    left = forks[seat]
    right = forks[(seat + 1) % N]
    for _ in range(2):
        with left:
            time.sleep(0.05)  # think while holding the fork
            with right:
                meals[seat] += 1


threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"meals={meals}")
assert meals == [2] * N
