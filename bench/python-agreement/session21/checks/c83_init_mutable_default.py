# a mutable default of __init__ is one list shared by every instance made without the argument
import threading


class Basket:
    def __init__(self, items=[]):
        self.items = items

    def add(self, thing):
        self.items.append(thing)


a = Basket()
b = Basket()
ta = threading.Thread(target=a.add, args=("apple",))
tb = threading.Thread(target=b.add, args=("pear",))
ta.start()
ta.join()
tb.start()
tb.join()
a_count = len(a.items)
b_count = len(b.items)
print(a_count, b_count)
