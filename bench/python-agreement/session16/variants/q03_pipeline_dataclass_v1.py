# no bug: a three-stage pipeline over bounded queues, each stage forwards the sentinel
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
        raw.put((i, i * 100))
    raw.put(STOP)


def add_tax():
    while (order := raw.get()) is not STOP:
        order_id, amount = order
        taxed.put(amount + amount // 10)
    taxed.put(STOP)


def sink():
    while True:
        order = taxed.get()
        if order is STOP:
            return
        ledger.append(order)


stages = [threading.Thread(target=f) for f in (source, add_tax, sink)]
for s in stages:
    s.start()
for s in stages:
    s.join()
print("ledger:", ledger, "sum:", sum(ledger))
assert ledger == [110, 220, 330, 440]
