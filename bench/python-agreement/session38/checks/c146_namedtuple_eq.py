# ordered
# namedtuple values compare by fields and unpack like tuples.
import threading
from collections import namedtuple

log = []
Point = namedtuple("Point", ["x", "y"])


def worker(a, b):
    p = Point(a, b)
    x, y = p
    log.append(x + y)
    log.append(p == Point(a, b))
    log.append(p.x)


t = threading.Thread(target=worker, args=(3, 4))
t.start()
t.join()
print(log)
