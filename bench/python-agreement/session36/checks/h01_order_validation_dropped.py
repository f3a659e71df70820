"""Realistic form of r02: order validation called for its exception; the validator returns early for
gift cards and parses the quantity otherwise. CPython rejects the bad order; weft accepts every one."""
import threading
from dataclasses import dataclass


@dataclass
class Order:
    sku: str
    quantity: str
    gift: bool = False


accepted = []
rejected = []
lock = threading.Lock()


def check_quantity(quantity, gift):
    if gift:
        return 1
    return int(quantity)


def intake(orders):
    for order in orders:
        try:
            check_quantity(order.quantity, order.gift)
        except ValueError:
            with lock:
                rejected.append(order.sku)
            continue
        with lock:
            accepted.append(order.sku)


batches = [
    [Order("A-1", "3"), Order("B-2", "two")],
    [Order("C-3", "", gift=True), Order("D-4", "5")],
]
threads = [threading.Thread(target=intake, args=(batch,)) for batch in batches]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(accepted), sorted(rejected))
