# ordered
# The text of bool results of threading calls: acquire(timeout=), acquire(blocking=False), Event.wait,
# Queue.empty, Thread.is_alive, Lock.locked.
import queue
import threading

log = []
lock = threading.Lock()
sem = threading.Semaphore(0)
ev = threading.Event()
q = queue.Queue()


def worker():
    log.append(f"{lock.acquire(timeout=0.01)}")
    log.append(f"{sem.acquire(blocking=False)}")
    log.append(f"{ev.wait(0.01)}")
    log.append(f"{q.empty()}")
    log.append(f"{lock.locked()}")
    lock.release()


t = threading.Thread(target=worker)
t.start()
t.join()
log.append(f"{t.is_alive()}")
print(log)
