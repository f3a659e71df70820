import collections
import threading
import time

hits = collections.Counter()
keys = []


def visit(page, n):
    for _ in range(n):
        current = hits[page]
        time.sleep(0.0005)
        hits[page] = current + 1


threads = [threading.Thread(target=visit, args=(p, 2)) for p in ("home", "home", "about")]
for t in threads:
    t.start()
for t in threads:
    t.join()
home = hits["home"]
about = hits["about"]
keys = list(hits)
print(home, about, keys)
