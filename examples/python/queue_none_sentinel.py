"""A producer and two consumers on a bounded queue, shut down by one `None` sentinel per consumer.

Each consumer takes items until it gets `None`. The total is kept under a lock, but `handled` (how many
items each took, added up) is updated without one: `handled += 1` is a read and a write, and a switch
between them loses an update. `last` starts as None and ends as the last item a consumer took. CPython
3.11 prints total=6 handled=3 (last 1, 2 or 3, whichever consumer wrote last); weft explore lists
handled=1, 2 and 3 with every last, and the sentinels always end both consumers (no outcome is a
deadlock).
"""
import queue
import threading

q = queue.Queue(maxsize=2)
lock = threading.Lock()
total = 0
handled = 0
last = None


def producer():
    for i in range(1, 4):
        q.put(i)
    q.put(None)
    q.put(None)


def consumer():
    global total, handled, last
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            total += item
        handled += 1
        last = item
        q.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in consumers:
    t.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for t in consumers:
    t.join()
assert last is not None
print(f"total={total} handled={handled} last={last}")
