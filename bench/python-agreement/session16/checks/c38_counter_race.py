# check: collections.Counter updated from two threads without a lock
import threading
from collections import Counter

hits = Counter()


def visit(page, times):
    for _ in range(times):
        hits[page] += 1


a = threading.Thread(target=visit, args=("home", 2))
b = threading.Thread(target=visit, args=("home", 2))
a.start(); b.start()
a.join(); b.join()
print(hits["home"])
