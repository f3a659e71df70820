# bug: none
import threading
import time

class Warehouse:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.lock = threading.Lock()
        self.shipped = []

    def ship(self, order_id, item, qty):
        with self.lock:
            have = self.stock.get(item, 0)
            if have >= qty:
                self.stock[item] = have - qty
                self.shipped.append((order_id, item, qty))
                return True
            return False

    def restock(self, item, qty):
        with self.lock:
            self.stock[item] = self.stock.get(item, 0) + qty


def packer(wh, orders, rejected):
    for oid, item, qty in orders:
        time.sleep(0.002)
        if not wh.ship(oid, item, qty):
            rejected.append(oid)


def supplier(wh):
    for item in ("bolts", "nuts"):
        time.sleep(0.003)
        wh.restock(item, 5)


wh = Warehouse({"bolts": 10, "nuts": 4, "washers": 7})
orders_a = [(1, "bolts", 3), (2, "nuts", 2), (3, "washers", 5)]
orders_b = [(4, "bolts", 4), (5, "washers", 1), (6, "nuts", 1)]
rejected = []
threads = [
    threading.Thread(target=packer, args=(wh, orders_a, rejected)),
    threading.Thread(target=packer, args=(wh, orders_b, rejected)),
    threading.Thread(target=supplier, args=(wh,)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

total_shipped = sum(q for _, _, q in wh.shipped)
print(f"stock={sorted(wh.stock.items())} shipped={total_shipped} rejected={sorted(rejected)}")
