"""A kitchen: waiters put orders on a Queue, two chefs cook them, each order has its own Event."""
import queue
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Order:
    table: int
    dish: str
    ready: threading.Event = field(default_factory=threading.Event)
    chef: str = ""


tickets = queue.Queue()
served = []
COOK_MS = {"soup": 2, "steak": 5, "salad": 1}


def chef(name):
    while True:
        order = tickets.get()
        if order is None:
            break
        time.sleep(COOK_MS[order.dish] / 1000)
        order.chef = name
        order.ready.set()


def waiter(order):
    tickets.put(order)
    order.ready.wait()
    served.append(f"table {order.table}: {order.dish}")


orders = [Order(1, "soup"), Order(2, "steak"), Order(3, "salad")]
chefs = [threading.Thread(target=chef, args=(n,)) for n in ("ana", "raj")]
waiters = [threading.Thread(target=waiter, args=(o,)) for o in orders]
for t in chefs + waiters:
    t.start()
for w in waiters:
    w.join()
for _ in chefs:
    tickets.put(None)
for c in chefs:
    c.join()
print(len(served), sorted(served))
