import threading
import time

lock = threading.Lock()
got = []


def holder():
    with lock:
        time.sleep(0.05)


def taker():
    time.sleep(0.005)
    got.append(lock.acquire(timeout=0.01))


a = threading.Thread(target=holder)
b = threading.Thread(target=taker)
a.start()
b.start()
a.join()
b.join()
print(got)
