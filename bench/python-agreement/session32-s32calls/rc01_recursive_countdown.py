# A recursive helper whose depth its argument bounds: each level takes a lock, reads the shared count,
# sleeps and writes it back under the lock; a second, unlocked recursive helper loses updates
import threading
import time

locked_total = 0
unlocked_total = 0
lock = threading.Lock()


def count_locked(n):
    global locked_total
    if n == 0:
        return
    with lock:
        seen = locked_total
        time.sleep(0.0005)
        locked_total = seen + 1
    count_locked(n - 1)


def count_unlocked(n, step=1):
    global unlocked_total
    if n <= 0:
        return 0
    seen = unlocked_total
    time.sleep(0.0005)
    unlocked_total = seen + step
    return 1 + count_unlocked(n - 1, step)


def worker(depth):
    count_locked(depth)
    count_unlocked(depth)


threads = [threading.Thread(target=worker, args=(d,)) for d in (2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("locked:", locked_total, "unlocked:", unlocked_total)
