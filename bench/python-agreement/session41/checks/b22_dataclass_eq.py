# check: dataclass equality, default_factory, repr
import threading

from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list, compare=False)


a = 0
b = ""


def work():
    global a, b
    p = Point(1, 2)
    q = Point(1, 2)
    p.tags.append("x")
    a = (p == q) + (p is q) * 2 + len(q.tags) * 4
    b = repr(Point(3, 4))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
