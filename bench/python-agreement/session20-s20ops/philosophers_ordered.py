# The lock-ordering fix: a helper with an `if` puts the lower-numbered fork first, so no cycle of
# waits can form and every philosopher eats.
# CPython 3.11.7, 10 runs: [1, 1, 1] every time; weft: that one outcome, complete within its window.
import threading
import time

N = 3
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N


def ordered(a, b):
    if a < b:
        return a, b
    return b, a


def philosopher(seat):
    first, second = ordered(seat, (seat + 1) % N)
    with forks[first]:
        time.sleep(0.001)
        with forks[second]:
            meals[seat] += 1


if __name__ == "__main__":
    diners = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
    for d in diners:
        d.start()
    for d in diners:
        d.join()
    assert meals == [1] * N
    print(meals)
