"""An early `return` in try finally: its value and side effects."""
import threading

LOCK = threading.Lock()
RLOCK = threading.RLock()
COND = threading.Condition()
SEM = threading.Semaphore(1)
log = []


def f(kind):
    try:
        if kind == "early":
            return 1
        log.append("body")
    finally:
        log.append("finally")
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
