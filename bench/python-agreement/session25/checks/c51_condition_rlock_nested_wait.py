# check: Condition() uses an RLock, and wait() releases every level of it, even when taken twice
import threading
import time

cond = threading.Condition()
ready = []


def waiter():
    with cond:
        with cond:
            ok = cond.wait(timeout=1)
            ready.append(ok)


def notifier():
    time.sleep(0.02)
    with cond:
        cond.notify()


w = threading.Thread(target=waiter)
w.start()
n = threading.Thread(target=notifier)
n.start()
w.join()
n.join()
print(ready)
