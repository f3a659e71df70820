# A deque of (kind, size) jobs taken with popleft under a lock and unpacked; results grouped by kind.
# CPython 3.11.7 (10 runs): resize=[20, 30] thumb=[10], 10 of 10; weft explore: that one outcome, complete.
import threading
from collections import defaultdict, deque

JOBS = [("resize", 3), ("thumb", 1), ("resize", 2)]

jobs = deque(JOBS)
jobs_lock = threading.Lock()
results = defaultdict(list)
results_lock = threading.Lock()


def next_job():
    with jobs_lock:
        return jobs.popleft() if jobs else None


def worker():
    while True:
        job = next_job()
        if job is None:
            break
        kind, size = job
        with results_lock:
            results[kind].append(size * 10)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
resize = sorted(results["resize"])
thumb = sorted(results["thumb"])
assert resize == [20, 30] and thumb == [10]
