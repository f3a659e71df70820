# defaultdict(list): workers group results by kind under a lock; the groups are read sorted at the end.
# CPython 3.11.7 (10 runs): resize=[20, 30] crop=[40] missing=0 kinds=4, 10 of 10; weft explore: that one outcome, complete.
import threading
from collections import defaultdict

JOBS = [("resize", 3), ("thumb", 1), ("resize", 2), ("crop", 4)]

groups = defaultdict(list)
groups_lock = threading.Lock()


def worker(kind, size):
    with groups_lock:
        groups[kind].append(size * 10)


threads = [threading.Thread(target=worker, args=job) for job in JOBS]
for t in threads:
    t.start()
for t in threads:
    t.join()
resize = sorted(groups["resize"])
crop = sorted(groups["crop"])
missing = len(groups["missing"])
kinds = len(groups)
assert resize == [20, 30] and crop == [40]
