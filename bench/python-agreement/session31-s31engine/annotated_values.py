# BUG: lost update: `total += digest(k)` reads the total, computes for 3 ms, then writes it; another thread's write in between is lost
import threading


def digest(n):  # weft: cpu 3ms
    acc = 0
    for i in range(30000 + n):
        acc = (acc * 31 + i) % 1000003
    return acc


total = 0
digests = []
lock = threading.Lock()


def worker(k):
    global total
    total += digest(k)
    with lock:
        digests.append(digest(k + 1) % 100)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
digests.sort()
print("total:", total, "digests:", digests)
