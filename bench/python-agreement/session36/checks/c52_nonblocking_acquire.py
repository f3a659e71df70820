"""acquire(blocking=False) fails while another thread holds the lock (it sleeps holding it)."""
import threading
import time

lock = threading.Lock()
attempts = []


def holder():
    with lock:
        time.sleep(0.04)


def trier():
    time.sleep(0.01)
    attempts.append(lock.acquire(blocking=False))
    time.sleep(0.06)
    ok = lock.acquire(blocking=False)
    attempts.append(ok)
    if ok:
        lock.release()


threads = [threading.Thread(target=holder), threading.Thread(target=trier)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(attempts)
