# lock.acquire(timeout=...) result used as a value while another thread holds the lock.
import threading
import time

lock = threading.Lock()
got = -1


def holder():
    with lock:
        time.sleep(0.05)


def taker():
    global got
    time.sleep(0.01)
    got = 1 if lock.acquire(timeout=0.01) else 0
    if got:
        lock.release()


ts = [threading.Thread(target=holder), threading.Thread(target=taker)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(got)
