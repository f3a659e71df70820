# BUG: `if jobs:` then `jobs.popleft()` without a lock: both workers see the last job, one pops an empty deque.
# CPython 3.11.7 (10 runs): fault (IndexError: pop from an empty deque) 9, taken=[3] 1; weft explore: both,
# complete within the 20 ms window.
import threading
import time
from collections import deque

JOBS = [("resize", 3)]

jobs = deque(JOBS)
taken = []


def worker():
    if jobs:
        time.sleep(0.001)
        kind, size = jobs.popleft()
        taken.append(size)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(taken) == 1
