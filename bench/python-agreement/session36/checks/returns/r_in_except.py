"""An early `return` in except: its value and side effects."""
import threading

LOCK = threading.Lock()
RLOCK = threading.RLock()
COND = threading.Condition()
SEM = threading.Semaphore(1)
log = []


def f(kind):
    try:
        if kind == "early":
            raise KeyError("k")
        log.append("ok")
    except KeyError:
        log.append("handler")
        return 1
    return 2


def caller(kind):
    log.append(("ret", kind, f(kind)))


first = threading.Thread(target=caller, args=("early",))
first.start()
first.join()
second = threading.Thread(target=caller, args=("late",))
second.start()
second.join()
log.append(LOCK.acquire(timeout=0.01))
print(log)
