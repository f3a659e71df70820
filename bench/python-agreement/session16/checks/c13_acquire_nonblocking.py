# check: lock.acquire(blocking=False) returns False when the lock is held
import threading

lock = threading.Lock()
got = -1
got_again = -1

lock.acquire()
got = lock.acquire(blocking=False)
lock.release()
got_again = lock.acquire(False)
lock.release()
print(got, got_again)
