# session23/t11 with its snapshot on a line of its own: dict displays handed to threads in args=, walked
# by .items() there, and dict(self._stock) returned under an RLock.
import threading


class Inventory:
    def __init__(self):
        self._lock = threading.RLock()
        self._stock = {"apple": 5, "pear": 2}

    def remove(self, item, n):
        with self._lock:
            if self._stock.get(item, 0) < n:
                raise ValueError(f"not enough {item}")
            self._stock[item] -= n

    def remove_many(self, order):
        with self._lock:  # re-entered by remove()
            for item, n in order.items():
                self.remove(item, n)

    def snapshot(self):
        with self._lock:
            return dict(self._stock)


def main():
    inv = Inventory()
    errors = []

    def shopper(order):
        try:
            inv.remove_many(order)
        except ValueError as e:
            errors.append(str(e))

    threads = [threading.Thread(target=shopper, args=(o,))
               for o in ({"apple": 3}, {"apple": 3, "pear": 1})]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stock = inv.snapshot()
    print("stock", stock)
    print("errors", errors)


main()
