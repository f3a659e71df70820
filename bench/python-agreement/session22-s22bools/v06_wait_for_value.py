# `cond.wait_for(pred, t)` gives the predicate's last value, here a list's length, not a bool: its
# text is the number (2), as the scenario's `into` holds the predicate's value.
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
