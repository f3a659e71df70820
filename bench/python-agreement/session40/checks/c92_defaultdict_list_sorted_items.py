# Check: defaultdict(list) appends, sorted items by value with reverse and key, tuple compare. Bug: none.
import threading
from collections import defaultdict

groups = defaultdict(list)
lock = threading.Lock()
leader = ""
sizes = []


def add(team, member):
    with lock:
        groups[team].append(member)


pairs = [("red", 1), ("blue", 2), ("red", 3), ("green", 4), ("red", 5), ("blue", 6)]
ts = [threading.Thread(target=add, args=p) for p in pairs]
for t in ts:
    t.start()
for t in ts:
    t.join()
ranked = sorted(groups.items(), key=lambda kv: (len(kv[1]), kv[0]), reverse=True)
leader = ranked[0][0]
sizes = [len(v) for _, v in ranked]
cmp = int((1, "b") < (1, "c")) + int((2,) > (1, 9))
print(f"leader={leader} sizes={sizes} cmp={cmp}")
