"""Condition.notify(2) wakes two of three waiters; the third times out."""
import threading
import time

cond = threading.Condition()
woken = []


def waiter(i):
    with cond:
        if cond.wait(timeout=0.05):
            woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.01)
with cond:
    cond.notify(2)
for t in threads:
    t.join()
print(len(woken))
