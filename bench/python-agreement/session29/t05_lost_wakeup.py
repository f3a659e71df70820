# BUG: lost wake-up: the notifier may run before the waiter waits, and the waiter checks no predicate
import threading

cond = threading.Condition()
woken = 0
timed_out = 0


def waiter():
    global woken, timed_out
    with cond:
        if cond.wait(timeout=0.2):
            woken = 1
        else:
            timed_out = 1


def notifier():
    with cond:
        cond.notify()


w = threading.Thread(target=waiter)
n = threading.Thread(target=notifier)
w.start()
n.start()
w.join()
n.join()
print(f"woken={woken} timed_out={timed_out}")
