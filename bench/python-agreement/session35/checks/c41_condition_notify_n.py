"""Condition.notify(2) wakes two of three waiters; notify_all the last."""
import threading
import time

cond = threading.Condition()
woken = []
ready = 0


def waiter(name):
    global ready
    with cond:
        ready += 1
        cond.wait()
        woken.append(name)


threads = [threading.Thread(target=waiter, args=(n,)) for n in "xyz"]
for t in threads:
    t.start()
while True:
    with cond:
        if ready == 3:
            break
    time.sleep(0.001)
with cond:
    cond.notify(2)
time.sleep(0.01)
first_wave = len(woken)
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print(first_wave, len(woken))
