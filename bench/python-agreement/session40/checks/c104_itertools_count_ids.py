# Check: next() on a shared itertools.count hands out unique ids across threads. Bug: none.
import itertools
import threading

ids = itertools.count(100)
given = []
lock = threading.Lock()


def worker():
    for _ in range(2):
        i = next(ids)
        with lock:
            given.append(i)


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
given.sort()
print(f"given={given}")
