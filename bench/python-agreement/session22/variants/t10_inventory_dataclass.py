import threading
from collections import defaultdict
from dataclasses import dataclass, field


class Inventory:
    def __init__(self):
        self.stock = defaultdict(int)
        self.lock = threading.RLock()

    def add(self, item, qty):
        with self.lock:
            self.stock[item] += qty

    def remove(self, item, qty):
        with self.lock:
            if self.stock[item] < qty:
                return False
            self.stock[item] -= qty
            return True

    def restock_and_take(self, item, qty):
        # re-enters the RLock through add() and remove()
        with self.lock:
            self.add(item, qty)
            return self.remove(item, qty)


inv = Inventory()
taken = []


def shopper(item):
    for _ in range(3):
        taken.append(inv.remove(item, 1))


def supplier():
    inv.add("apple", 2)
    inv.add("pear", 1)
    inv.restock_and_take("plum", 4)


threads = [threading.Thread(target=supplier), threading.Thread(target=shopper, args=("apple",))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(dict(inv.stock))
print("taken", taken.count(True))
