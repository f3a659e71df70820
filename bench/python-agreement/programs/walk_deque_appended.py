"""A reporter walks a shared deque while another thread appends to it; CPython's deque iterator raises
RuntimeError ("deque mutated during iteration") at its next step after any append, which the reporter
catches; a walk that ends before the first append sees the first items only."""
import threading
import time
from collections import deque

events = deque([1, 2, 3])
total = 0
errors = 0


def reporter():
    global total, errors
    try:
        for e in events:
            total += e
            time.sleep(0.001)
    except RuntimeError:
        errors += 1


def appender():
    for i in (4, 5):
        time.sleep(0.001)
        events.append(i)


r = threading.Thread(target=reporter)
a = threading.Thread(target=appender)
r.start()
a.start()
r.join()
a.join()
print(total, errors, list(events))
