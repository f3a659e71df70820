# BUG: two workers poll for the go flag every 30 ms and then add to `total` without a lock: a lost update.
"""Two pool jobs poll a flag between sleeps, then each does `total += n` (a read and a write): after
the flag both polls may come at the same time, and one addition is lost. A third job writes `bonus` at
85 ms, after the flag (60 ms) and before the polls at 90 ms: the workers add it."""
import time
from concurrent.futures import ThreadPoolExecutor

go = False
bonus = 0
total = 0


def starter():
    global go
    time.sleep(0.06)
    go = True


def late_bonus():
    global bonus
    time.sleep(0.085)
    bonus = 10


def worker(n):
    global total
    while not go:
        time.sleep(0.03)
    total += n + bonus


with ThreadPoolExecutor(max_workers=4) as ex:
    ex.submit(starter)
    ex.submit(late_bonus)
    ex.submit(worker, 1)
    ex.submit(worker, 2)
print(total)
assert total == 23, total
