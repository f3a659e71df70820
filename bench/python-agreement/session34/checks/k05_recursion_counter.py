# A recursive depth with a local deciding the depth; every call bumps a shared counter without a lock.
import threading

calls = 0
depths = [0, 0]


def depth(n):
    global calls
    calls += 1
    if n <= 1:
        return 0
    half = n // 2
    return 1 + depth(half)


def worker(slot, n):
    depths[slot] = depth(n)


threads = [threading.Thread(target=worker, args=(0, 10)), threading.Thread(target=worker, args=(1, 5))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(depths, calls)
