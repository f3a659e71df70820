# check: a class defined after the thread starts; the thread builds an instance before the class exists (NameError)
import threading

out = []


def worker():
    out.append(Point(1, 2).x)


t = threading.Thread(target=worker)
t.start()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


t.join()
print(out)
