# No bug: each worker appends its order under a lock; after the joins the total of a generator over
# the shared list (`sum(o.qty for o in orders)`) and the largest and smallest quantities are the same
# in every run; the customers joined follow the order the workers got the lock in.
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): total=8 largest=5 smallest=1 names='ada bob cy' (10 of 10); weft explore: 6 outcomes (the names in each lock order), complete.
import threading
from dataclasses import dataclass


@dataclass
class Order:
    customer: str
    qty: int


orders = []
lock = threading.Lock()


def place(customer, qty):
    with lock:
        orders.append(Order(customer, qty))


threads = [threading.Thread(target=place, args=(c, q)) for c, q in [("ada", 2), ("bob", 5), ("cy", 1)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(o.qty for o in orders)
largest = max(o.qty for o in orders)
smallest = min(o.qty for o in orders)
names = " ".join(o.customer for o in orders)
