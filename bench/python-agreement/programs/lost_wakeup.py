"""A lost wake-up: the consumer tests the flag without the lock, so the notify can come before its wait."""
import threading
import time

cond = threading.Condition()
ready = 0
woken = 0


def consumer():
    global woken
    if ready == 0:  # the bug: tested outside the lock
        time.sleep(0.01)
        with cond:
            notified = cond.wait(timeout=0.2)
            if notified:
                woken = 1
    else:
        woken = 1


def producer():
    global ready
    time.sleep(0.005)
    with cond:
        ready = 1
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print("woken by notify:", woken)
