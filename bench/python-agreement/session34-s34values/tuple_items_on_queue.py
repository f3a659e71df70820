# Items of enumerate() and of a dict's items() put on a queue by name, from a function whose worker
# also binds `item`; two consumers add up what they take (the total is the same in every order): a
# price for a dict's item, the index for enumerate's.
import queue
import threading

PRICES = {"tea": 4, "milk": 2, "bread": 3}
NAMES = ["ann", "bob"]
totals = {"count": 0, "cost": 0}
lock = threading.Lock()


def consume(q):
    while True:
        item = q.get()
        if item is None:
            break
        key, value = item
        with lock:
            totals["count"] += 1
            totals["cost"] += value if key in PRICES else key


def produce():
    q = queue.Queue()
    workers = [threading.Thread(target=consume, args=(q,)) for _ in range(2)]
    for w in workers:
        w.start()
    for item in PRICES.items():
        q.put(item)
    for item in enumerate(NAMES):
        q.put(item)
    for _ in workers:
        q.put(None)
    for w in workers:
        w.join()


produce()
print(totals)
