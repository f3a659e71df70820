# check: acquire(timeout) gives up while another thread holds the lock for longer
import threading
import time

lock = threading.Lock()
got = -1


def holder():
    with lock:
        time.sleep(0.1)


t = threading.Thread(target=holder)
t.start()
time.sleep(0.01)
got = lock.acquire(timeout=0.02)
if got:
    lock.release()
t.join()
print(got)
