# BUG: deadlock: two transfers take the warehouses' locks in opposite orders.
import threading
from dataclasses import dataclass, field


@dataclass
class Warehouse:
    name: str
    stock: int
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


def move(source: Warehouse, target: Warehouse, amount: int) -> None:
    with source.lock:
        with target.lock:
            if source.stock >= amount:
                source.stock -= amount
                target.stock += amount


north = Warehouse("north", 10)
south = Warehouse("south", 10)
t1 = threading.Thread(target=move, args=(north, south, 3))
t2 = threading.Thread(target=move, args=(south, north, 5))
t1.start()
t2.start()
t1.join()
t2.join()
north_stock = north.stock
south_stock = south.stock
print(f"{north.name}={north_stock} {south.name}={south_stock}")
assert north_stock + south_stock == 20
