# The forgotten `if got:`: a thread whose `acquire(timeout=)` failed releases anyway. A plain Lock has
# no owner, so that release frees the lock main holds, and main's later timed acquire succeeds.
import threading

lock = threading.Lock()
trail = []


def worker():
    got = lock.acquire(timeout=0.01)
    trail.append(got)
    lock.release()


lock.acquire()
t = threading.Thread(target=worker)
t.start()
t.join()
again = lock.acquire(timeout=0.1)
print(trail, again)
