# a Condition over an RLock held twice: wait() releases it fully, so the notifier can get in
import threading
import time

rlock = threading.RLock()
cond = threading.Condition(rlock)
result = {}


def waiter():
    with rlock:
        with cond:
            result["woken"] = cond.wait(timeout=0.2)


def notifier():
    time.sleep(0.01)
    with cond:
        result["notified"] = True
        cond.notify()


ts = [threading.Thread(target=waiter), threading.Thread(target=notifier)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(result)
