import threading


class Inventory:
    def __init__(self):
        self.lock = threading.Lock()
        self.stock = 5
        self.reads = 0

    def take(self, n):
        with self.lock:
            if self.stock >= n:
                self.stock -= n
                return True
            return False

    def level(self):
        with self.lock:
            self.reads += 1
            return self.stock


inv = Inventory()


def shopper(n):
    inv.take(n)


threads = [threading.Thread(target=shopper, args=(n,)) for n in (2, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("stock", inv.level(), "reads", inv.reads)
