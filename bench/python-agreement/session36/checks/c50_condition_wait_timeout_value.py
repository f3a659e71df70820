"""Condition.wait(timeout) returns False when it times out and True when notified in time."""
import threading
import time

cond = threading.Condition()
results = []


def waiter(timeout):
    with cond:
        results.append(cond.wait(timeout))


def notifier():
    time.sleep(0.03)
    with cond:
        cond.notify_all()


w1 = threading.Thread(target=waiter, args=(0.005,))
w2 = threading.Thread(target=waiter, args=(1.0,))
n = threading.Thread(target=notifier)
for t in (w1, w2, n):
    t.start()
for t in (w1, w2, n):
    t.join()
timed_out = results.count(False)
notified = results.count(True)
print(timed_out, notified)
