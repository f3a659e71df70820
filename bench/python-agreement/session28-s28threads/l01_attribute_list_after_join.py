"""A list display of instance attributes read after the joins, then its sum, items and size."""
import threading


class Counter:
    def __init__(self, name: str) -> None:
        self.name = name
        self.count = 0
        self.lock = threading.Lock()


def bump(counter: Counter, times: int) -> None:
    for _ in range(times):
        with counter.lock:
            counter.count += 1


red = Counter("red")
blue = Counter("blue")
threads = [threading.Thread(target=bump, args=(red, 3)), threading.Thread(target=bump, args=(blue, 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
counts = [red.count, blue.count, 7]
total = sum(counts)
first = counts[0]
size = len(counts)
print(total, first, size)
assert counts == [3, 2, 7]
