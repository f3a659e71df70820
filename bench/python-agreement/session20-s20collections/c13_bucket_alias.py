# A defaultdict(list)'s item bound to a local and appended through it (the dict's own list), under a lock;
# the last item read back with a negative index.
# CPython 3.11.7 (10 runs): resize=[20, 30] thumb=1, 10 of 10; weft explore: that one outcome, complete.
import threading
from collections import defaultdict

JOBS = [("resize", 3), ("thumb", 1), ("resize", 2)]

results = defaultdict(list)
results_lock = threading.Lock()


def worker(kind, size):
    with results_lock:
        bucket = results[kind]
        bucket.append(size * 10)
        newest = bucket[-1]
        assert newest == size * 10


threads = [threading.Thread(target=worker, args=job) for job in JOBS]
for t in threads:
    t.start()
for t in threads:
    t.join()
resize = sorted(results["resize"])
thumb = len(results["thumb"])
assert resize == [20, 30] and thumb == 1
