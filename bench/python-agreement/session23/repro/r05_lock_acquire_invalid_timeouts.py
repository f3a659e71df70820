# repro: Lock/RLock.acquire raise ValueError for a negative time-out other than -1 ("timeout value must be
# a non-negative number") and for a time-out given with blocking=False ("can't specify a timeout for a
# non-blocking call"). CPython 3.11: kinds=[2, 2, 2] (10 of 10); weft: the acquires succeed, "complete".
import threading

lock = threading.Lock()
rl = threading.RLock()
other = threading.Lock()
kinds = []
try:
    lock.acquire(timeout=-5)
    kinds.append(1)
except ValueError:
    kinds.append(2)
try:
    rl.acquire(timeout=-3)
    kinds.append(1)
except ValueError:
    kinds.append(2)
try:
    other.acquire(False, 1)
    kinds.append(1)
except ValueError:
    kinds.append(2)
