# A generator yields batches that threads process. No bug.
import threading

totals = []
lock = threading.Lock()


def batches(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def process(batch):
    with lock:
        totals.append(sum(batch))


threads = [threading.Thread(target=process, args=(b,)) for b in batches([1, 2, 3, 4, 5, 6, 7], 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(totals))
