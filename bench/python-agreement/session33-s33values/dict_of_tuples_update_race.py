# BUG: a module dict of (count, last) tuples updated by two threads without a lock: each reads the
# tuple, then stores a new one, so one update can be lost.
import threading

stats = {"hits": (0, ""), "misses": (0, "")}


def record(kind, who):
    count, _ = stats[kind]
    stats[kind] = (count + 1, who)


a = threading.Thread(target=record, args=("hits", "a"))
b = threading.Thread(target=record, args=("hits", "b"))
a.start()
b.start()
a.join()
b.join()
hits, last = stats["hits"]
print(hits, last)
