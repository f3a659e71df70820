"""Semaphore.acquire(timeout=...) returns False when no permit comes back in time."""
import threading
import time

sem = threading.Semaphore(1)
got = []


def hog():
    with sem:
        time.sleep(0.06)


def try_once(timeout):
    ok = sem.acquire(timeout=timeout)
    got.append(1 if ok else 0)
    if ok:
        sem.release()


if __name__ == "__main__":
    h = threading.Thread(target=hog)
    h.start()
    time.sleep(0.005)
    try_once(0.01)
    try_once(1.0)
    h.join()
