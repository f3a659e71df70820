# A restaurant kitchen: waiters put orders on one queue, cooks put plates on a ready queue, a runner serves them.
import queue
import threading
import time
from dataclasses import dataclass

COOKS = 2


@dataclass
class Order:
    table: int
    dish: str
    minutes: int


orders = queue.Queue()
ready = queue.Queue()
served = {}
cooked_by = {}


def cook(name):
    while True:
        order = orders.get()
        if order is None:
            orders.task_done()
            break
        time.sleep(order.minutes / 1000)
        cooked_by[name] = cooked_by.get(name, 0) + 1
        ready.put((order.table, order.dish))
        orders.task_done()


def runner():
    while True:
        item = ready.get()
        if item is None:
            break
        table, dish = item
        served.setdefault(table, []).append(dish)


menu = [Order(1, "pasta", 3), Order(2, "steak", 5), Order(1, "salad", 1), Order(3, "soup", 2), Order(2, "pie", 1)]
cooks = [threading.Thread(target=cook, args=(f"cook{i}",)) for i in range(COOKS)]
run = threading.Thread(target=runner)
for t in cooks + [run]:
    t.start()
for order in menu:
    orders.put(Order(order.table, order.dish, order.minutes))
for _ in cooks:
    orders.put(None)
orders.join()
ready.put(None)
for t in cooks + [run]:
    t.join()

plates = sum(len(dishes) for dishes in served.values())
tables = {table: sorted(dishes) for table, dishes in sorted(served.items())}
cooked_total = sum(cooked_by.values())
print(f"plates={plates} cooked_total={cooked_total} tables={tables}")
