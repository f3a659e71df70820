# check: lock.acquire(timeout=-5) raises ValueError (only -1 means no limit)
import threading

lock = threading.Lock()
kind = 0
try:
    lock.acquire(timeout=-5)
except ValueError:
    kind = 2
