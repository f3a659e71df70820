"""Releasing an RLock the thread does not hold raises RuntimeError; releasing an unlocked Lock too."""
import threading

rlock = threading.RLock()
lock = threading.Lock()
errors = []


def other():
    try:
        rlock.release()
    except RuntimeError:
        errors.append("rlock")


rlock.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rlock.release()
try:
    lock.release()
except RuntimeError:
    errors.append("lock")
count = len(errors)
print(errors)
