import threading

from collections import defaultdict
groups = defaultdict(list)
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        groups[w[0]].append(w)


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = len(groups["a"])
