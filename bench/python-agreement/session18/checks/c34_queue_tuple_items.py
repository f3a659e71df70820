# Tuples through a queue, unpacked by the consumer.
import queue
import threading

q = queue.Queue()
scores = {}


def producer():
    for name, score in (("ann", 3), ("bob", 5)):
        q.put((name, score))
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        name, score = item
        scores[name] = score * 2


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
