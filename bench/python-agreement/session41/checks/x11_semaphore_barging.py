# check: Semaphore(1) handed between two looping threads
import threading
import time

log = []
sem = threading.Semaphore(1)


def worker(name):
    for _ in range(3):
        sem.acquire()
        log.append(name)
        time.sleep(0.001)
        sem.release()


threads = [threading.Thread(target=worker, args=(n,)) for n in "pq"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("".join(log))
