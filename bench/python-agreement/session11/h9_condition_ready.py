"""Waiters wait on a condition for a flag; the setter notifies all."""
import threading

cond = threading.Condition()
ready = False
woke = 0


def waiter():
    global woke
    with cond:
        while not ready:
            cond.wait()
        woke += 1


def setter():
    global ready
    with cond:
        ready = True
        cond.notify_all()


ws = [threading.Thread(target=waiter) for _ in range(3)]
for w in ws:
    w.start()
s = threading.Thread(target=setter)
s.start()
for w in ws:
    w.join()
s.join()
print(woke)
