# Refused at 14:14: a tuple reaching a dict key through a name bound to another name (`k = pair`), the pair
# a queue item put as a tuple display. CPython 3.11: size=2.
import queue
import threading

jobs = queue.Queue()
seen = {}


def worker():
    for _ in range(2):
        pair = jobs.get()
        k = pair
        seen[k] = 1


jobs.put(("a", 1))
jobs.put(("b", 2))
t = threading.Thread(target=worker)
t.start()
t.join()
size = len(seen)
print(size)
