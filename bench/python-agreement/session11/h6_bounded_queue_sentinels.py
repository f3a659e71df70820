"""Two producers, two consumers on a bounded queue, one None per consumer to stop it."""
import queue
import threading

q = queue.Queue(maxsize=2)
total = 0
lock = threading.Lock()


def producer(start):
    for i in range(start, start + 3):
        q.put(i)


def consumer():
    global total
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            total += item


producers = [threading.Thread(target=producer, args=(s,)) for s in (1, 10)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
assert total == 1 + 2 + 3 + 10 + 11 + 12
print(total)
