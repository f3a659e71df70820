# A monitor thread samples `lock.locked()` while a worker holds the lock across a sleep, and after.
import threading
import time

lock = threading.Lock()
samples = []


def worker():
    with lock:
        time.sleep(0.03)


def monitor():
    time.sleep(0.01)
    samples.append(lock.locked())
    time.sleep(0.04)
    samples.append(lock.locked())


w = threading.Thread(target=worker)
m = threading.Thread(target=monitor)
w.start()
m.start()
w.join()
m.join()
print("samples", samples)
