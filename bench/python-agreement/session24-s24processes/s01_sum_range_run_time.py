# `sum(range(...))` and `len(range(...))` of bounds known only at run time (a queue's items).
import queue
import threading

jobs = queue.Queue()
totals = {}


def worker():
    while True:
        n = jobs.get()
        if n is None:
            break
        up = sum(range(n))
        down = sum(range(n, -3, -2))
        count = len(range(1, n, 3))
        stepped = sum(range(2, n, 4))
        totals[n] = up + down + count * 1000 + stepped


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for n in [0, 1, 5, 8, -2]:
    jobs.put(n)
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
