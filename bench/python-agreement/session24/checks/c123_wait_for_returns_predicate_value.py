"""Condition.wait_for returns the predicate's last value (here a count), not just True/False."""
import threading
import time

cond = threading.Condition()
items = []
seen = -1
seen_late = -1


def producer():
    time.sleep(0.02)
    with cond:
        items.extend([1, 2, 3])
        cond.notify_all()


t = threading.Thread(target=producer)
t.start()
with cond:
    seen = cond.wait_for(lambda: len(items), timeout=0.001)
with cond:
    seen_late = cond.wait_for(lambda: len(items), timeout=1.0)
t.join()
print(seen, seen_late)
