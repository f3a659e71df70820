# BUG: each level of the halving recursion adds to `visits` without a lock; two threads lose updates
import threading

visits = 0


def halve(n):
    global visits
    if n <= 1:
        return 0
    half = n // 2
    visits += 1
    return 1 + halve(half)


def worker(n, out, slot):
    out[slot] = halve(n)


depths = [0, 0]
threads = [threading.Thread(target=worker, args=(n, depths, i)) for i, n in enumerate([40, 9])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("depths:", depths, "visits:", visits)
