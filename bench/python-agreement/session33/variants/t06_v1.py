# BUG: check-then-act: two buyers both see stock left and both take the last item, so stock goes negative
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Inventory:
    stock: dict = field(default_factory=lambda: {"widget": 1, "gadget": 2})
    orders: list = field(default_factory=list)

    def buy(self, customer, item):
        if self.stock.get(item, 0) > 0:
            time.sleep(0)  # charge the card
            self.stock[item] -= 1
            self.orders.append((customer, item))
            return True
        return False


def shopper(inv, customer, wishlist, results):
    bought = []
    for item in wishlist:
        bought.append(inv.buy(customer, item))
    results[customer] = bought


inv = Inventory()
results = {}
threads = [
    threading.Thread(target=shopper, args=(inv, "ann", ["widget", "gadget"], results)),
    threading.Thread(target=shopper, args=(inv, "ben", ["widget", "gadget"], results)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("stock", inv.stock, "orders", len(inv.orders), "ann", results["ann"], "ben", results["ben"])
