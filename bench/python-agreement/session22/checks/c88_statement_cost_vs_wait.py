import threading

ev = threading.Event()
ready = "unknown"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm(p):
    return abs(p.x) + abs(p.y)


def crunch():
    total = 0
    for i in range(1000):
        p = Point(i, -i)
        total += norm(p)
    ev.set()


t = threading.Thread(target=crunch)
t.start()
ready = "yes" if ev.wait(0.001) else "no"
t.join()
print(ready)
