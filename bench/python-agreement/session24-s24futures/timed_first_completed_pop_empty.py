# `done.pop()` of an empty `done` (the time-out came first) raises KeyError, as Python's set does.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

first = -1
empty = 0


def slow(n):
    time.sleep(0.1)
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(slow, 1), ex.submit(slow, 2)]
    done, pending = wait(futures, timeout=0.02, return_when=FIRST_COMPLETED)
    try:
        first = done.pop().result()
    except KeyError:
        empty = 1
print(first, empty)
