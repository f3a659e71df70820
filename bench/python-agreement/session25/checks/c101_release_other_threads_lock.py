# check: a plain Lock has no owner: a thread whose acquire timed out can still release() the lock main
# holds (the classic try/finally bug); main's own release then raises RuntimeError
import threading

lock = threading.Lock()
trail = []


def worker():
    got = lock.acquire(timeout=0.01)
    try:
        trail.append(f"got {got}")
    finally:
        lock.release()


lock.acquire()
t = threading.Thread(target=worker)
t.start()
t.join()
try:
    lock.release()
    trail.append("main released")
except RuntimeError:
    trail.append("main: release unlocked lock")
joined = " | ".join(trail)
print(joined)
