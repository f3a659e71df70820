# check: two threads each take a lock 3 times in a loop without sleeping: CPython mostly runs each loop whole
import threading

lock = threading.Lock()
trace = []


def worker(n):
    for _ in range(3):
        lock.acquire()
        trace.append(n)
        lock.release()


ts = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
