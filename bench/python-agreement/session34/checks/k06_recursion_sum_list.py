# A recursive sum over slices of a module list known at import time, in two threads.
import threading

data = [4, 8, 15, 16, 23, 42]
totals = [0, 0]


def rsum(items):
    if len(items) == 0:
        return 0
    if len(items) == 1:
        return items[0]
    mid = len(items) // 2
    return rsum(items[:mid]) + rsum(items[mid:])


def worker(slot):
    totals[slot] = rsum(data) + slot


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals)
