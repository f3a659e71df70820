import threading

from collections import Counter
counts = Counter()
lock = threading.Lock()
a_count = 0


def worker(w):
    with lock:
        counts[w[0]] += 1


threads = [threading.Thread(target=worker, args=(w,)) for w in ("ant", "bee", "apple")]
for t in threads:
    t.start()
for t in threads:
    t.join()
a_count = counts["a"]
