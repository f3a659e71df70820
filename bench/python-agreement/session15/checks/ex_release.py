import threading

lock = threading.Lock()
errors = 0
try:
    lock.release()
except RuntimeError:
    errors += 1
