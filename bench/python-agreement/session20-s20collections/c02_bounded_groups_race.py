# BUG: check-then-act on a defaultdict(list): two workers both see room in the "hot" group and both append.
# CPython 3.11.7 (10 runs): assertion failed (both admitted), 10 of 10; weft explore: that and admitted=1, complete
# within the 20 ms window.
import threading
import time
from collections import defaultdict

LIMIT = 1

groups = defaultdict(list)


def admit(name):
    members = groups["hot"]
    if len(members) < LIMIT:
        time.sleep(0.001)
        groups["hot"].append(name)


threads = [threading.Thread(target=admit, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
admitted = len(groups["hot"])
assert admitted <= LIMIT, admitted
