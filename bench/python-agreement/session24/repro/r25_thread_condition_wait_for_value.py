"""threading.Condition.wait_for without a time-out returns the predicate's value (a count)."""
import threading
import time

cond = threading.Condition()
items = []
value = -1


def producer():
    time.sleep(0.01)
    with cond:
        items.extend([1, 2, 3])
        cond.notify_all()


t = threading.Thread(target=producer)
t.start()
with cond:
    value = cond.wait_for(lambda: len(items))
t.join()
print(value)
