# `cond.acquire()` twice by its owner (Condition()'s own lock is an RLock), released twice; another
# thread then takes it and notifies a waiter.
import threading

cond = threading.Condition()
log = []


def waiter():
    cond.acquire()
    cond.acquire()
    log.append("in")
    cond.release()
    ok = cond.wait(timeout=1)
    log.append(ok)
    cond.release()


def notifier():
    with cond:
        cond.notify()
        log.append("notified")


w = threading.Thread(target=waiter)
w.start()
n = threading.Thread(target=notifier)
n.start()
w.join()
n.join()
print(log)
