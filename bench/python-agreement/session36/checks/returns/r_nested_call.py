"""An early `return` nested call: its value and side effects."""
import threading

LOCK = threading.Lock()
RLOCK = threading.RLock()
COND = threading.Condition()
SEM = threading.Semaphore(1)
log = []


def g(kind):
    if kind == "early":
        return 5
    return 6


def f(kind):
    if g(kind) == 5:
        return 1
    log.append("g was 6")
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
