"""An inventory as a dataclass with a lock field; several shoppers reserve items concurrently."""
import threading
from dataclasses import dataclass, field


@dataclass
class Inventory:
    stock: dict
    reserved: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reserve(self, item, count):
        with self.lock:
            available = self.stock.get(item, 0)
            if available < count:
                return False
            self.stock[item] = available - count
            self.reserved[item] = self.reserved.get(item, 0) + count
            return True


inventory = Inventory(stock={"apple": 5, "pear": 2})
failures = 0
failures_lock = threading.Lock()


def shopper(orders):
    global failures
    for item, count in orders:
        if not inventory.reserve(item, count):
            with failures_lock:
                failures += 1


orders = [
    [("apple", 2), ("pear", 1)],
    [("apple", 2), ("pear", 1)],
    [("apple", 2), ("pear", 1)],
]
threads = [threading.Thread(target=shopper, args=(o,)) for o in orders]
for t in threads:
    t.start()
for t in threads:
    t.join()

stock = inventory.stock
reserved = inventory.reserved
assert stock["apple"] + reserved["apple"] == 5
assert stock["pear"] + reserved["pear"] == 2
print(stock, reserved, failures)
