# SILENT ERROR (weft-start): threading.Condition() is built on an RLock, and wait() releases it fully
# even when the waiter holds it twice (nested `with cond:`), so the notifier gets in: CPython always
# prints [True]. weft lists only `deadlock` (every schedule), "complete within a 20ms time window".
# Cause: weft gives Condition() a plain, non-re-entrant lock (r04b: `with cond: with cond:` alone
# deadlocks); with Condition(threading.RLock()) weft lists [True] (and a spurious [False]).
import threading
import time

cond = threading.Condition()
ready = []


def waiter():
    with cond:
        with cond:
            ready.append(cond.wait(timeout=1))


def notifier():
    time.sleep(0.02)
    with cond:
        cond.notify()


w = threading.Thread(target=waiter)
n = threading.Thread(target=notifier)
w.start()
n.start()
w.join()
n.join()
print(ready)
