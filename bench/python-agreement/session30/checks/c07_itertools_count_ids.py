import itertools
import threading

ids = itertools.count(1)
taken = []
lock = threading.Lock()


def grab():
    n = next(ids)
    with lock:
        taken.append(n)


threads = [threading.Thread(target=grab) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(taken)
print(total, sorted(taken))
