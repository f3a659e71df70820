"""Workers as Thread subclasses: each sums a slice of the data and keeps its result as an attribute."""
import threading

DATA = list(range(1, 101))


class SliceSummer(threading.Thread):
    def __init__(self, index, chunk):
        super().__init__(name=f"summer-{index}")
        self.index = index
        self.chunk = chunk
        self.result = 0

    def run(self):
        for value in self.chunk:
            self.result += value


def split(items, parts):
    size = (len(items) + parts - 1) // parts
    return [items[i:i + size] for i in range(0, len(items), size)]


chunks = split(DATA, 4)
workers = [SliceSummer(i, chunk) for i, chunk in enumerate(chunks)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()

partials = [worker.result for worker in workers]
total = sum(partials)
assert total == 5050, total
print("partials", partials, "total", total)
