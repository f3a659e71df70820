# BUG: lock released too early: the stock check and the decrement are in two separate `with` blocks, so two buyers can both pass the check (oversell)
import threading
import time


class Inventory:
    def __init__(self, stock):
        self._lock = threading.Lock()
        self.stock = stock
        self.sold = 0

    def in_stock(self, qty):
        with self._lock:
            return self.stock >= qty

    def take(self, qty):
        with self._lock:
            self.stock -= qty
            self.sold += qty


shop = Inventory(3)
orders = {}


def buy(customer, qty):
    if shop.in_stock(qty):
        time.sleep(0.001)  # charge the card
        shop.take(qty)
        orders[customer] = qty
    else:
        orders[customer] = 0


if __name__ == "__main__":
    buyers = [threading.Thread(target=buy, args=(name, 2)) for name in ("x", "y")]
    for b in buyers:
        b.start()
    for b in buyers:
        b.join()
    assert shop.stock >= 0, f"oversold: stock={shop.stock}"
