"""A queue carries dicts and None; the consumer reads them whole (len, in, items)."""
import queue
import threading

q = queue.Queue()
sizes = []
kinds = []


def consumer():
    while True:
        msg = q.get()
        if msg is None:
            break
        sizes.append(len(msg))
        kinds.append("qty" in msg)


def producer():
    q.put({"sku": "a1", "qty": 2})
    q.put({"sku": "b2"})
    q.put(None)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sizes, kinds)
