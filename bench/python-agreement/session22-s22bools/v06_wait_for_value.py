# `cond.wait_for(pred, t)` gives the predicate's last value, here a list's length, not a bool: weft
# holds the wait's outcome as 1 or 0, so its text is refused (expected refusal).
import threading

cond = threading.Condition()
items = []
texts = []


def producer():
    with cond:
        items.append(1)
        items.append(2)
        cond.notify_all()


t = threading.Thread(target=producer)
t.start()
with cond:
    n = cond.wait_for(lambda: len(items), timeout=1)
t.join()
texts.append(f"n {n}")
