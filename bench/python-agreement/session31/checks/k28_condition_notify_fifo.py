# two threads wait on a Condition; notify() once then again: each waiter gets one wake-up
import threading
import time

cond = threading.Condition()
woke = []


def waiter(name):
    with cond:
        cond.wait(timeout=1)
        woke.append(name)


ts = [threading.Thread(target=waiter, args=(n,)) for n in ("w1", "w2")]
for t in ts:
    t.start()
time.sleep(0.01)
with cond:
    cond.notify()
time.sleep(0.01)
with cond:
    cond.notify()
for t in ts:
    t.join()
print(woke)
