# As menu_put_copies, but the main thread changes an order after putting it: a copy would not see it.
import queue
import threading
from dataclasses import dataclass


@dataclass
class Order:
    table: int
    minutes: int


orders = queue.Queue()
seen = []


def cook():
    while True:
        order = orders.get()
        if order is None:
            break
        seen.append(order.minutes)


menu = [Order(1, 3), Order(2, 5)]
t = threading.Thread(target=cook)
t.start()
for order in menu:
    orders.put(order)
menu[0].minutes = 9
orders.put(None)
t.join()
print(seen)
