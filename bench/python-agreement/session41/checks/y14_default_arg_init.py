# check: a mutable default in __init__ is shared between instances
import threading

sizes = []


class Cart:
    def __init__(self, owner, items=[]):
        self.owner = owner
        self.items = items

    def add(self, x):
        self.items.append(x)


def work():
    a = Cart("ann")
    b = Cart("ben")
    a.add("pen")
    b.add("cup")
    sizes.append(len(a.items))
    sizes.append(len(b.items))


t = threading.Thread(target=work)
t.start()
t.join()
print(sizes)
