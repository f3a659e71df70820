import threading


class Inventory:
    """Stock levels guarded by one re-entrant lock: public methods call each other."""

    def __init__(self):
        self._lock = threading.RLock()
        self._stock = {"apple": 5, "pear": 3}
        self.history = []

    def add(self, item, count):
        with self._lock:
            self._stock[item] = self._stock.get(item, 0) + count
            self._record("add", item, count)

    def take(self, item, count):
        with self._lock:
            if self.available(item) < count:
                self._record("short", item, count)
                return False
            self._stock[item] -= count
            self._record("take", item, count)
            return True

    def available(self, item):
        with self._lock:
            return self._stock.get(item, 0)

    def _record(self, kind, item, count):
        with self._lock:
            self.history.append((kind, item, count))

    def restock_and_take(self, item, count):
        with self._lock:
            self.add(item, count)
            return self.take(item, count)


inv = Inventory()
threads = [
    threading.Thread(target=inv.restock_and_take, args=("apple", 2)),
    threading.Thread(target=inv.restock_and_take, args=("kiwi", 4)),
    threading.Thread(target=inv.take, args=("pear", 2)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("apple", inv.available("apple"), "pear", inv.available("pear"), "kiwi", inv.available("kiwi"))
print("events", len(inv.history))
