"""Condition.notify() wakes one waiter; the other gives up at its time-out."""
import threading
import time

cond = threading.Condition()
woken = 0
timed_out = 0


def waiter():
    global woken, timed_out
    with cond:
        if cond.wait(timeout=0.05):
            woken += 1
        else:
            timed_out += 1


threads = [threading.Thread(target=waiter) for _ in range(2)]
for t in threads:
    t.start()
time.sleep(0.01)
with cond:
    cond.notify()
for t in threads:
    t.join()
print(woken, timed_out)
