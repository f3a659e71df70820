import queue
import threading

log = []
q = queue.Queue()
lock = threading.Lock()
ev = threading.Event()


def worker():
    try:
        q.get(timeout=-1)
    except ValueError:
        log.append("negative get")
    except queue.Empty:
        log.append("empty")
    try:
        q.get(timeout=0)
    except queue.Empty:
        log.append("zero get")
    lock.acquire()
    try:
        lock.acquire(timeout=-5)
    except ValueError:
        log.append("negative acquire")
    if not lock.acquire(timeout=0):
        log.append("zero acquire")
    if not ev.wait(-1):
        log.append("negative wait")
    if not ev.wait(0):
        log.append("zero wait")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
