# CPython 3.11.7 (10 runs): 1 and the thread's traceback (RuntimeError: twice) every run
# the raise ends the thread; the finally still runs and releases the lock, so the other thread is not stuck
import threading

lock = threading.Lock()
count = [0]


def bump():
    value = count[0]
    if value >= 1:
        raise RuntimeError("twice")
    count[0] = value + 1


def worker():
    lock.acquire()
    try:
        bump()
    finally:
        lock.release()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count[0])
