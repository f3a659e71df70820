import threading
import time

cond = threading.Condition()
woken = []

def waiter(name):
    with cond:
        if cond.wait(timeout=0.1):
            woken.append(name)
        else:
            woken.append(name + "-timeout")

ts = [threading.Thread(target=waiter, args=(n,)) for n in ("a", "b")]
for t in ts:
    t.start()
time.sleep(0.02)
with cond:
    cond.notify(1)
for t in ts:
    t.join()
woken.sort()
