# check: Condition.notify() wakes waiters in the order they began to wait
import threading
import time

cond = threading.Condition()
woken = []


def waiter(n):
    time.sleep(0.005 * n)
    with cond:
        cond.wait()
        woken.append(n)


ts = [threading.Thread(target=waiter, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
time.sleep(0.03)
for _ in range(3):
    with cond:
        cond.notify()
    time.sleep(0.005)
for t in ts:
    t.join()
