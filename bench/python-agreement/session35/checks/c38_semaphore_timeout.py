"""Semaphore.acquire(timeout=...) returns False when no permit comes in time."""
import threading
import time

sem = threading.Semaphore(1)
got = []


def holder():
    with sem:
        time.sleep(0.05)


def impatient():
    ok = sem.acquire(timeout=0.01)
    got.append(ok)
    if ok:
        sem.release()


h = threading.Thread(target=holder)
h.start()
time.sleep(0.005)
i = threading.Thread(target=impatient)
i.start()
h.join()
i.join()
print(got)
