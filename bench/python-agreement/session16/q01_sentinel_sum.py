# no bug: one producer, one consumer, a None sentinel ends the consumer
import queue
import threading

q = queue.Queue()
total = 0
received = []


def producer():
    for n in [5, 10, 15, 20]:
        q.put(n)
    q.put(None)


def consumer():
    global total
    while True:
        item = q.get()
        if item is None:
            break
        received.append(item)
        total += item


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"total={total} received={received}")
