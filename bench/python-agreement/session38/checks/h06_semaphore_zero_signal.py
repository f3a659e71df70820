# ordered
# A Semaphore(0) used as a signal: the worker releases it twice, the main thread acquires twice.
import threading

log = []
ready = threading.Semaphore(0)


def worker():
    for stage in ["load", "warm"]:
        log.append(stage)
        ready.release()


t = threading.Thread(target=worker)
t.start()
ready.acquire()
ready.acquire()
log.append("both stages")
log.append(ready.acquire(timeout=0.01))
t.join()
print(log)
