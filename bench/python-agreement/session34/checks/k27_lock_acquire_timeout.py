# Lock.acquire(timeout=...) while another thread holds the lock for 20ms: False then True.
import threading
import time

lock = threading.Lock()
got = []
holding = threading.Event()


def holder():
    with lock:
        holding.set()
        time.sleep(0.02)


def contender():
    holding.wait()
    got.append(lock.acquire(timeout=0.002))
    got.append(lock.acquire(timeout=1))
    lock.release()


threads = [threading.Thread(target=holder), threading.Thread(target=contender)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
