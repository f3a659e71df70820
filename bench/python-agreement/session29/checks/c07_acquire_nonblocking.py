# acquire(blocking=False) returns False when another thread holds the lock
import threading
import time

lock = threading.Lock()
got = [0, 0]


def holder():
    with lock:
        time.sleep(0.01)


def trier():
    time.sleep(0.002)
    if lock.acquire(blocking=False):
        got[0] = 1
        lock.release()
    else:
        got[1] = 1


a = threading.Thread(target=holder)
b = threading.Thread(target=trier)
a.start()
b.start()
a.join()
b.join()
print(got)
