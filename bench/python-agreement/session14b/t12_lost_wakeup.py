# Known bug: lost wake-up: the consumer waits on the Condition without checking a predicate, so if the producer notifies first the consumer sleeps until its timeout (got == 0).
import threading
import time

cond = threading.Condition()
items = []
got = 0
timed_out = 0


def consumer():
    global got, timed_out
    with cond:
        if cond.wait(timeout=0.2):
            got = len(items)
        else:
            timed_out = 1


def producer():
    with cond:
        items.append(42)
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
print("got", got, "timed_out", timed_out, "items", items)
