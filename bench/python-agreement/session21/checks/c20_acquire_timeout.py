# acquire(timeout) gives up while another thread holds the lock; the holder's writes then come after
import threading
import time

lock = threading.Lock()
log = []
got = 2


def holder():
    with lock:
        time.sleep(0.1)
        log.append("holder done")


def impatient():
    global got
    time.sleep(0.01)
    if lock.acquire(timeout=0.03):
        got = 1
        lock.release()
    else:
        got = 0
    log.append("impatient done")


threads = [threading.Thread(target=holder), threading.Thread(target=impatient)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got, log)
