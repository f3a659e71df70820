import threading
from dataclasses import dataclass

log = []


@dataclass
class Order:
    id: int
    qty: int


def place(i):
    o = Order(i, i * 2)
    log.append(repr(o))
    log.append(str(o))


t = threading.Thread(target=place, args=(3,))
t.start()
t.join()
print(log)  # ordered
