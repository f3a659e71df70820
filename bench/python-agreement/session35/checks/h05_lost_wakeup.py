# BUG: lost wake-up: the producer can notify before the consumer waits, and the consumer waits forever
"""A consumer checks `ready` outside the Condition, then waits; the notify can fall between."""
import threading
import time

cond = threading.Condition()
ready = False
consumed = []


def consumer():
    woken = True
    if not ready:
        time.sleep(0)  # a context switch here loses the notify
        with cond:
            woken = cond.wait(timeout=0.2)
    consumed.append("notified" if woken else "timed out")


def producer():
    global ready
    with cond:
        ready = True
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print(consumed)
