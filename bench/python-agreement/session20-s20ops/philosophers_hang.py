# Dining philosophers WITHOUT lock ordering: each takes the fork on its left, then the one on its
# right (chosen by a helper), so all may hold their left fork and wait forever (the bug); joined
# without a time-out, so the program hangs: weft reports the deadlock.
# CPython 3.11.7, 10 runs: hangs (9, agree.py says deadlock) or meals=3 (1); weft: both, the deadlock found.
import threading
import time

N = 3
forks = [threading.Lock() for _ in range(N)]
meals = 0
count_lock = threading.Lock()


def neighbours(seat):
    return seat, (seat + 1) % N


def philosopher(seat):
    global meals
    left, right = neighbours(seat)
    with forks[left]:
        time.sleep(0.001)
        with forks[right]:
            with count_lock:
                meals += 1


if __name__ == "__main__":
    diners = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
    for d in diners:
        d.start()
    for d in diners:
        d.join()
    print(meals)
