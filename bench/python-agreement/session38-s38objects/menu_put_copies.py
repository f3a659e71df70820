# Orders from a menu list of dataclass instances go on a queue; two cooks take them and read their fields.
import queue
import threading
import time
from dataclasses import dataclass


@dataclass
class Order:
    table: int
    dish: str
    minutes: int


orders = queue.Queue()
cooked = []
cooked_lock = threading.Lock()


def cook(name):
    while True:
        order = orders.get()
        if order is None:
            break
        time.sleep(order.minutes / 1000)
        with cooked_lock:
            cooked.append((name, order.table, order.dish))


menu = [Order(1, "pasta", 2), Order(2, "soup", 1), Order(1, "pie", 1)]
cooks = [threading.Thread(target=cook, args=(f"cook{i}",)) for i in range(2)]
for t in cooks:
    t.start()
for order in menu:
    orders.put(order)
for _ in cooks:
    orders.put(None)
for t in cooks:
    t.join()

per_table = {o.dish: o.table for o in menu}
print(len(cooked), sorted(d for _, _, d in cooked), per_table)
