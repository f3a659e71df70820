# check: releasing an unlocked lock is RuntimeError
import threading

lock = threading.Lock()
caught = 0
try:
    lock.release()
except RuntimeError:
    caught = 1
print(caught)
