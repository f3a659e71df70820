import threading
from dataclasses import dataclass

log = []
points = []


@dataclass
class Point:
    x: int
    y: int


def add(x, y):
    points.append(Point(x, y))


threads = [threading.Thread(target=add, args=a) for a in ((1, 2), (1, 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(points[0] == points[1])
log.append(Point(1, 2) in points)
print(log)  # ordered
