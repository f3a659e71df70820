# Check: a class-level list is shared by every instance. Bug: shared mutable class attribute (deterministic here).
import threading


class Basket:
    items = []

    def __init__(self, name):
        self.name = name

    def add(self, x):
        self.items.append(x)


a = Basket("a")
b = Basket("b")
size_a = 0
size_b = 0


def worker():
    global size_a, size_b
    a.add(1)
    b.add(2)
    size_a = len(a.items)
    size_b = len(b.items)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"size_a={size_a} size_b={size_b}")
