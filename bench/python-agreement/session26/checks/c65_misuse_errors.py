import threading

errors: list[str] = []
bounded = threading.BoundedSemaphore(1)
lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()


def misuse_rlock() -> None:
    try:
        rlock.release()
    except RuntimeError:
        errors.append("rlock")


try:
    bounded.release()
except ValueError:
    errors.append("bounded")
try:
    lock.release()
except RuntimeError:
    errors.append("lock")
try:
    cond.notify()
except RuntimeError:
    errors.append("cond")
rlock.acquire()
t = threading.Thread(target=misuse_rlock)
t.start()
t.join()
rlock.release()
try:
    t.start()
except RuntimeError:
    errors.append("restart")
count = len(errors)
print(errors)
