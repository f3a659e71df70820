# check: a dict filled by two threads at different times keeps insertion order
import threading
import time

seen = {}


def add(keys, delay):
    for k in keys:
        time.sleep(delay)
        seen[k] = delay


a = threading.Thread(target=add, args=(("x", "y"), 0.01))
b = threading.Thread(target=add, args=(("p", "q"), 0.025))
a.start()
b.start()
a.join()
b.join()
order = list(seen)
