# As menu_put_copies, but the cook compares what it took with the menu's object by identity.
import queue
import threading
from dataclasses import dataclass


@dataclass
class Order:
    table: int
    minutes: int


orders = queue.Queue()
same = []
menu = [Order(1, 3), Order(2, 5)]


def cook():
    while True:
        order = orders.get()
        if order is None:
            break
        same.append(order is menu[0])


t = threading.Thread(target=cook)
t.start()
for order in menu:
    orders.put(order)
orders.put(None)
t.join()
print(same)
