import threading
import time

lock = threading.Lock()
sem = threading.Semaphore(1)
log = []


def holder():
    with lock:
        sem.acquire()
        time.sleep(0.01)
        sem.release()


def prober():
    time.sleep(0.002)
    log.append(("lock", lock.acquire(blocking=False)))
    log.append(("sem", sem.acquire(timeout=0.001)))


threads = [threading.Thread(target=holder), threading.Thread(target=prober)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
