# ordered
# == of two dataclass instances made at run time with equal fields is True.
import threading
from dataclasses import dataclass

log = []


@dataclass
class Point:
    x: int
    y: int


def worker(a, b):
    log.append(Point(a, b) == Point(a, b))
    log.append(Point(a, b) == Point(b, a))


t = threading.Thread(target=worker, args=(1, 2))
t.start()
t.join()
print(log)
