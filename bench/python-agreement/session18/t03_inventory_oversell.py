# BUG: oversell: stock is checked and then decremented in two steps without a lock
import threading
import time

INITIAL_STOCK = 3
BUYERS = ["ann", "ben", "cid", "dee"]


class Inventory:
    def __init__(self, stock):
        self.stock = stock
        self.sold = 0

    def buy(self, customer):
        if self.stock > 0:
            time.sleep(0.001)  # talk to the payment service
            self.stock -= 1
            self.sold += 1
            orders.append(customer)
            return True
        return False


inventory = Inventory(INITIAL_STOCK)
orders = []

if __name__ == "__main__":
    threads = [threading.Thread(target=inventory.buy, args=(name,)) for name in BUYERS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert inventory.sold <= INITIAL_STOCK, f"oversold: {inventory.sold}"
