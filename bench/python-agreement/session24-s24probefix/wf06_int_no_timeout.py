"""Condition.wait_for returns the predicate's last value: count (no time-out)."""
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
        count = 5
        cond.notify_all()


t = threading.Thread(target=producer)
t.start()
with cond:
    value = cond.wait_for(lambda: count)
t.join()
print(value)
