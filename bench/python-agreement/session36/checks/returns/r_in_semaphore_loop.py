"""An early `return` in semaphore loop: its value and side effects."""
import threading

LOCK = threading.Lock()
RLOCK = threading.RLock()
COND = threading.Condition()
SEM = threading.Semaphore(1)
log = []


def f(kind):
    for i in range(2):
        with SEM:
            if kind == "early":
                return 1
            log.append(i)
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
