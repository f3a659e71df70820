import queue
import threading

log = []
lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()
q = queue.Queue()


def worker():
    try:
        lock.release()
    except RuntimeError:
        log.append("lock release")
    try:
        cond.notify()
    except RuntimeError:
        log.append("notify unlocked")
    try:
        cond.wait(0.01)
    except RuntimeError:
        log.append("wait unlocked")
    try:
        q.task_done()
    except ValueError:
        log.append("task_done")
    try:
        rlock.release()
    except RuntimeError:
        log.append("rlock release")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
