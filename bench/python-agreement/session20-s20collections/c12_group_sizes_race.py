# BUG: check-then-act on a defaultdict(list) item's length: both workers may see two items and both add the marker.
# CPython 3.11.7 (10 runs): a=[1, 1, 99] total=3, 10 of 10; weft explore: that and the doubled marker total=4, complete.
import threading
from collections import defaultdict

groups = defaultdict(list)


def worker(kind):
    groups[kind].append(1)
    if len(groups[kind]) > 1:
        groups[kind].append(99)


threads = [threading.Thread(target=worker, args=("a",)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
a = sorted(groups["a"])
total = 0
for k in groups:
    total += len(groups[k])
