# check: Condition over an RLock held twice: wait() releases it fully, and takes both levels back
import threading
import time

rl = threading.RLock()
cond = threading.Condition(rl)
log = []


def other():
    time.sleep(0.005)
    with cond:
        log.append("other")
        cond.notify()


t = threading.Thread(target=other)
t.start()
with rl:
    with cond:
        cond.wait()
        log.append("woke")
    log.append("inner released")
t.join()
