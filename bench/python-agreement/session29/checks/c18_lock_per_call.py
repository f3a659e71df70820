# BUG: the lock is made inside the function, so each thread locks its own lock and the update races
import threading
import time

total = 0


def add(n):
    global total
    lock = threading.Lock()
    with lock:
        current = total
        time.sleep(0.001)
        total = current + n


ts = [threading.Thread(target=add, args=(n,)) for n in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
