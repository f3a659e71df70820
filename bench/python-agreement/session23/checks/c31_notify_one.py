# check: notify() wakes one waiter; the other stays until notify_all()
import threading
import time

cond = threading.Condition()
woken = []
after_first = 0


def waiter(n):
    with cond:
        cond.wait()
        woken.append(n)


ts = [threading.Thread(target=waiter, args=(n,)) for n in range(2)]
for t in ts:
    t.start()
time.sleep(0.01)
with cond:
    cond.notify()
time.sleep(0.01)
after_first = len(woken)
with cond:
    cond.notify_all()
for t in ts:
    t.join()
