import threading
import time

lock = threading.Lock()
got = -1


def holder():
    with lock:
        time.sleep(0.01)


def impatient():
    global got
    time.sleep(0.001)
    got = int(lock.acquire(timeout=0.003))
    if got:
        lock.release()


threads = [threading.Thread(target=holder), threading.Thread(target=impatient)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
