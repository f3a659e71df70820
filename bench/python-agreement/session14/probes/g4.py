# condition: notifier re-takes the lock and consumes before the woken waiter runs
import threading
import time

cond = threading.Condition()
items = 0
waiter_got = 0
waiter_gave_up = 0


def waiter():
    global items, waiter_got, waiter_gave_up
    with cond:
        if cond.wait_for(lambda: items > 0, timeout=0.05):
            items -= 1
            waiter_got = 1
        else:
            waiter_gave_up = 1


def notifier():
    global items
    time.sleep(0.01)
    with cond:
        items += 1
        cond.notify()
    with cond:
        if items > 0:
            items -= 1


w = threading.Thread(target=waiter)
n = threading.Thread(target=notifier)
w.start()
n.start()
w.join()
n.join()
