# A worker gives up if it cannot take the lock within a time-out. No bug; timing decides.
import threading
import time

lock = threading.Lock()
outcome = []


def holder():
    with lock:
        time.sleep(0.05)


def impatient():
    time.sleep(0.01)
    if lock.acquire(timeout=0.02):
        outcome.append("got it")
        lock.release()
    else:
        outcome.append("gave up")


a = threading.Thread(target=holder)
b = threading.Thread(target=impatient)
a.start()
b.start()
a.join()
b.join()
print(outcome)
