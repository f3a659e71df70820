import queue
import threading
from dataclasses import dataclass


@dataclass
class Order:
    order_id: int
    item: str
    qty: int = 1


q = queue.Queue()
x = 0


def producer():
    q.put(Order(7, "pen"))


def consumer():
    global x
    job = q.get()
    job.qty = 3
    x = job.qty * job.order_id


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
