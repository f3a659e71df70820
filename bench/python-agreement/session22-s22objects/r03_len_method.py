import threading


class Bag:
    def __init__(self):
        self.lock = threading.Lock()
        self.items = []

    def add(self, item):
        with self.lock:
            self.items.append(item)

    def __len__(self):
        return len(self.items)


bag = Bag()
threads = [threading.Thread(target=bag.add, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("size", len(bag))
