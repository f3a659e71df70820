# check: defaultdict(int) word counts from two threads, each under a lock
import threading
from collections import defaultdict

counts = defaultdict(int)
lock = threading.Lock()


def count(words):
    for w in words:
        with lock:
            counts[w] += 1


a = threading.Thread(target=count, args=(["x", "y", "x"],))
b = threading.Thread(target=count, args=(["y", "z"],))
a.start(); b.start()
a.join(); b.join()
print(dict(counts))
