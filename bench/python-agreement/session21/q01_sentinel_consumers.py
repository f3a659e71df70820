import queue
import threading

NUM_CONSUMERS = 2
SENTINEL = None


def producer(q, items):
    for item in items:
        q.put(item)
    for _ in range(NUM_CONSUMERS):
        q.put(SENTINEL)


def consumer(q, totals, lock):
    local = 0
    while True:
        item = q.get()
        if item is SENTINEL:
            break
        local += item
    with lock:
        totals.append(local)


q = queue.Queue()
totals = []
lock = threading.Lock()
consumers = [threading.Thread(target=consumer, args=(q, totals, lock)) for _ in range(NUM_CONSUMERS)]
for c in consumers:
    c.start()
prod = threading.Thread(target=producer, args=(q, range(1, 11)))
prod.start()
prod.join()
for c in consumers:
    c.join()
print("sum of all items:", sum(totals))
print("consumers finished:", len(totals))
