# Default equality of instances is identity: a new instance with equal fields is not == nor in.
import threading


class Point:
    def __init__(self, x):
        self.x = x


points = [Point(1)]
r = {}


def work():
    p = Point(1)
    r["eq"] = 1 if p == points[0] else 0
    r["in"] = 1 if p in points else 0
    r["same"] = 1 if points[0] is points[0] else 0


t = threading.Thread(target=work)
t.start()
t.join()
print(r)
