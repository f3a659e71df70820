import threading
import time

lock = threading.Lock()
got = []


def holder():
    with lock:
        time.sleep(0.05)


def impatient():
    time.sleep(0.01)
    ok = lock.acquire(timeout=0.01)
    got.append(ok)
    if ok:
        lock.release()


threads = [threading.Thread(target=holder), threading.Thread(target=impatient)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
