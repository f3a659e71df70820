# ordered
# A generator consumed by a thread: batches of a list.
import threading

log = []


def batches(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def worker(items):
    for batch in batches(items, 2):
        log.append(sum(batch))


t = threading.Thread(target=worker, args=([1, 2, 3, 4, 5],))
t.start()
t.join()
print(log)
