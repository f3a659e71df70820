"""A key deleted and inserted again goes to the end of a dict's insertion order; a walker records the
order it sees while another thread moves key 1 to the end and then swaps key 2 for key 4 (same size:
CPython's iterator raises "dictionary keys changed during iteration" when it finds more keys than it
began with, and goes on quietly when it does not)."""
import threading
import time

d = {1: 0, 2: 0, 3: 0}
order = 0
errors = 0


def walker():
    global order, errors
    try:
        for k in d:
            order = order * 10 + k
            time.sleep(0.001)
    except RuntimeError:
        errors += 1


def mover():
    time.sleep(0.0005)
    value = d.pop(1)
    d[1] = value
    time.sleep(0.001)
    del d[2]
    d[4] = 0


w = threading.Thread(target=walker)
m = threading.Thread(target=mover)
w.start()
m.start()
w.join()
m.join()
after = 0
for k in d:
    after = after * 10 + k
print(order, errors, after)
