# Condition.notify wakes the waiter that waited first
import threading
import time

cond = threading.Condition()
woken = [0, 0]


def waiter(slot, delay):
    time.sleep(delay)
    with cond:
        if cond.wait(timeout=0.1):
            woken[slot] = 1


ts = [threading.Thread(target=waiter, args=(0, 0.001)), threading.Thread(target=waiter, args=(1, 0.01))]
for t in ts:
    t.start()
time.sleep(0.03)
with cond:
    cond.notify()
for t in ts:
    t.join()
print(woken)
