# check: lock.acquire(timeout=...) gives False while another thread holds it; acquire(blocking=False) too
import threading
import time

lock = threading.Lock()
results = []


def holder():
    with lock:
        time.sleep(0.04)


t = threading.Thread(target=holder)
t.start()
time.sleep(0.01)
results.append(int(lock.acquire(blocking=False)))
results.append(int(lock.acquire(timeout=0.01)))
results.append(int(lock.acquire(timeout=0.2)))
lock.release()
t.join()
