"""Lock.acquire(timeout=...) returns False when the holder keeps it; True later."""
import threading
import time

lock = threading.Lock()
attempts = []


def holder():
    with lock:
        time.sleep(0.05)


def impatient():
    time.sleep(0.005)
    got = lock.acquire(timeout=0.01)
    attempts.append(1 if got else 0)
    if got:
        lock.release()
    got = lock.acquire(timeout=1.0)
    attempts.append(1 if got else 0)
    if got:
        lock.release()


if __name__ == "__main__":
    h = threading.Thread(target=holder)
    i = threading.Thread(target=impatient)
    h.start()
    i.start()
    h.join()
    i.join()
