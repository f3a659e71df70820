# Frozen order records read by two threads that total them into a shared dict without a lock.
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    shop: str
    quantity: int
    unit_price: int


ORDERS = [Order("north", 2, 15), Order("south", 4, 10), Order("north", 1, 40)]
revenue = {"north": 0, "south": 0}


def book(order):
    amount = order.quantity * order.unit_price
    revenue[order.shop] += amount


threads = [threading.Thread(target=book, args=(order,)) for order in ORDERS]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"north={revenue['north']} south={revenue['south']}")
