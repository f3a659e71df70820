"""An attribute drained by a swap with no lock while a thread appends: the swap takes either none, one
or both of the items, and no item is lost (CPython switches threads only at calls and backward jumps)."""
import threading


class Collector:
    def __init__(self):
        self.items = []
        self.taken = []

    def add(self, value):
        self.items.append(value)

    def drain(self):
        batch, self.items = self.items, []
        self.taken.append(len(batch))


c = Collector()


def adder():
    c.add(1)
    c.add(2)


t = threading.Thread(target=adder)
t.start()
c.drain()
t.join()
c.drain()
print(c.taken, len(c.items))
