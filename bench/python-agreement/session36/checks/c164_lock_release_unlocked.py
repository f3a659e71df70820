"""Releasing an unlocked Lock raises RuntimeError; an RLock released by a non-owner too."""
import threading

errors = []
rlock = threading.RLock()
lock = threading.Lock()


def worker():
    try:
        lock.release()
    except RuntimeError:
        errors.append("lock")
    try:
        rlock.release()
    except RuntimeError:
        errors.append("rlock")


t = threading.Thread(target=worker)
t.start()
t.join()
print(errors)
