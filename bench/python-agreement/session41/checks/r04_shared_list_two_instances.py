# check: two instances built on the same list share it
import threading

sizes = []


class Box:
    def __init__(self, items):
        self.items = items

    def put(self, x):
        self.items.append(x)


def work():
    shared = []
    a = Box(shared)
    b = Box(shared)
    a.put("x")
    b.put("y")
    sizes.append(len(a.items))
    sizes.append(len(shared))


t = threading.Thread(target=work)
t.start()
t.join()
print(sizes)
