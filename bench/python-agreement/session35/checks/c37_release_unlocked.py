"""Releasing a Lock nobody holds raises RuntimeError; releasing another thread's RLock too."""
import threading

lock = threading.Lock()
rlock = threading.RLock()
errors = []


def other():
    try:
        rlock.release()
    except RuntimeError:
        errors.append("rlock not owned")


try:
    lock.release()
except RuntimeError:
    errors.append("lock unlocked")
rlock.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rlock.release()
print(errors)
