# check: closures with nonlocal, default-argument binding in a loop of lambdas, class vs instance attributes
import threading

vals = []


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


class Box:
    size = 1

    def __init__(self):
        self.extra = Box.size + 1


def worker():
    c = make_counter()
    c()
    vals.append(c())
    fs = [lambda i=i: i * 10 for i in range(3)]
    vals.append(fs[2]())
    b = Box()
    Box.size = 5
    vals.append(b.extra)
    vals.append(b.size)


t = threading.Thread(target=worker)
t.start()
t.join()
