# variant, bug: the stage changes an order after handing it on: a three-stage pipeline over bounded queues, each stage forwards the sentinel
import queue
import threading
from dataclasses import dataclass

STOP = object()


@dataclass
class Order:
    order_id: int
    amount: int
    taxed: int = 0


raw = queue.Queue(maxsize=2)
taxed = queue.Queue(maxsize=2)
ledger = []


def source():
    for i in range(1, 5):
        raw.put(Order(i, i * 100))
    raw.put(STOP)


def add_tax():
    while (order := raw.get()) is not STOP:
        order.taxed = order.amount + order.amount // 10
        taxed.put(order)
        order.taxed = 0  # bug: changes the order the sink may not have read yet
    taxed.put(STOP)


def sink():
    while True:
        order = taxed.get()
        if order is STOP:
            return
        ledger.append(order.taxed)


stages = [threading.Thread(target=f) for f in (source, add_tax, sink)]
for s in stages:
    s.start()
for s in stages:
    s.join()
print("ledger:", ledger, "sum:", sum(ledger))

