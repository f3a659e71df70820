# bug: lost wake-up -- the worker waits without checking a flag, so a notify sent before it waits is lost
import threading
import time

cond = threading.Condition()
woken = 0


def waiter():
    global woken
    with cond:
        if cond.wait(timeout=0.1):
            woken = 1


def notifier():
    with cond:
        cond.notify()


w = threading.Thread(target=waiter)
n = threading.Thread(target=notifier)
n.start()
w.start()
w.join()
n.join()
print("woken" if woken else "missed the notification")
