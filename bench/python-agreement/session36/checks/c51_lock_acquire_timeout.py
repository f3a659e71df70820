"""Lock.acquire(timeout=...) gives up (False) while another thread holds the lock for longer."""
import threading
import time

lock = threading.Lock()
got = []


def holder():
    with lock:
        time.sleep(0.05)


def impatient():
    time.sleep(0.005)
    ok = lock.acquire(timeout=0.01)
    got.append(ok)
    if ok:
        lock.release()


def patient():
    time.sleep(0.005)
    ok = lock.acquire(timeout=1)
    got.append(ok)
    if ok:
        lock.release()


threads = [threading.Thread(target=f) for f in (holder, impatient, patient)]
for t in threads:
    t.start()
for t in threads:
    t.join()
failures = got.count(False)
print(got, failures)
