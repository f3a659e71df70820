# no bug: Lock.acquire(timeout=...) gives up with False while another thread holds the lock for longer
import threading
import time

lock = threading.Lock()
got_it = -1


def holder():
    with lock:
        time.sleep(0.050)


h = threading.Thread(target=holder)
h.start()
time.sleep(0.005)
if lock.acquire(timeout=0.010):
    got_it = 1
    lock.release()
else:
    got_it = 0
h.join()
print("got_it", got_it)
