"""Condition.wait_for returns the predicate's last value: ready (time-out)."""
import threading
import time

cond = threading.Condition()
items = []
ready = False
count = 0
value = -1


def producer():
    global ready, count
    time.sleep(0.01)
    with cond:
        ready = True
        cond.notify_all()


t = threading.Thread(target=producer)
t.start()
with cond:
    value = cond.wait_for(lambda: ready, timeout=1.0)
t.join()
print(value)
