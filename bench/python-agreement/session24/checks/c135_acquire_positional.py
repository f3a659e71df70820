"""acquire with positional arguments: acquire(False) does not block; acquire(True, 0.01) waits 10 ms at most."""
import threading

lock = threading.Lock()
lock.acquire()
non_blocking = lock.acquire(False)
timed = lock.acquire(True, 0.01)
zero = lock.acquire(0)
lock.release()
free = lock.acquire(False)
print(non_blocking, timed, zero, free)
