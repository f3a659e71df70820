import threading

lock = threading.Lock()
rlock = threading.RLock()
errors = []

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
