# BUG: reserve() checks stock outside the lock and updates it inside, so two shoppers can oversell the last units
import threading
import time


class Inventory:
    def __init__(self, stock):
        self.stock = stock
        self.reserved = {}
        self.lock = threading.Lock()

    def available(self, sku):
        return self.stock.get(sku, 0) - self.reserved.get(sku, 0)

    def reserve(self, sku, qty):
        # check-then-act: the check is not under the lock
        if self.available(sku) >= qty:
            time.sleep(0.001)  # pretend to talk to the payment service
            with self.lock:
                self.reserved[sku] = self.reserved.get(sku, 0) + qty
            return True
        return False

    def confirm(self, sku, qty):
        with self.lock:
            self.reserved[sku] -= qty
            self.stock[sku] -= qty


inventory = Inventory({"widget": 3, "gadget": 5})
orders = []
rejected = []


def shopper(name, cart):
    for sku, qty in cart:
        if inventory.reserve(sku, qty):
            inventory.confirm(sku, qty)
            orders.append(f"{name}:{sku}x{qty}")
        else:
            rejected.append(f"{name}:{sku}x{qty}")


carts = {
    "ann": [("widget", 2), ("gadget", 1)],
    "bob": [("widget", 2)],
    "cid": [("gadget", 3)],
}

threads = [threading.Thread(target=shopper, args=(name, cart)) for name, cart in carts.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

widget_left = inventory.stock["widget"]
gadget_left = inventory.stock["gadget"]
oversold = widget_left < 0 or gadget_left < 0
print("orders:", sorted(orders))
print("rejected:", sorted(rejected))
print(f"widget_left={widget_left} gadget_left={gadget_left} oversold={oversold}")
