"""Two consumers log what they take from a queue with an f-string of their name and the item, which is
known only when the program runs; the log's order is the race."""
import queue
import threading

items = queue.Queue()
log = []


def consumer(name):
    while True:
        item = items.get()
        if item is None:
            break
        log.append(f"{name} got {item}")


workers = [threading.Thread(target=consumer, args=(name,)) for name in ("A", "B")]
for w in workers:
    w.start()
for n in (1, 2):
    items.put(n * 10)
for _ in workers:
    items.put(None)
for w in workers:
    w.join()
print(log)
