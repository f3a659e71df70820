# A dataclass with default_factory and __post_init__ writing a derived field.
import threading
from dataclasses import dataclass, field


@dataclass
class Order:
    qty: int
    price: int
    tags: list = field(default_factory=list)
    total: int = 0

    def __post_init__(self):
        self.total = self.qty * self.price


totals = []


def worker():
    o = Order(3, 4)
    o.tags.append("x")
    totals.append(o.total + len(o.tags))


t = threading.Thread(target=worker)
t.start()
t.join()
print(totals)
