# Bounded producer/consumer with one poison pill per consumer.
import queue
import threading

CONSUMERS = 3
PILL = None
buffer = queue.Queue(maxsize=2)
consumed = {}
sum_lock = threading.Lock()
grand_total = 0


def producer(items):
    for item in items:
        buffer.put(item)
    for _ in range(CONSUMERS):
        buffer.put(PILL)


def consumer(name):
    global grand_total
    count = 0
    while True:
        item = buffer.get()
        if item is PILL:
            break
        count += 1
        with sum_lock:
            grand_total += item
    with sum_lock:
        consumed[name] = count


workers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(CONSUMERS)]
for w in workers:
    w.start()
prod = threading.Thread(target=producer, args=([3, 1, 4, 1, 5, 9],))
prod.start()
prod.join()
for w in workers:
    w.join()
items_seen = sum(consumed.values())
print("total", grand_total, "items", items_seen)
assert grand_total == 23 and items_seen == 6
