# Two producers and two consumers share a bounded queue; each consumer keeps what it got. No bug.
import queue
import threading
from collections import defaultdict

jobs = queue.Queue(maxsize=2)
got = defaultdict(list)
totals = []
lock = threading.Lock()


def producer(start):
    for n in range(start, start + 3):
        jobs.put(n)


def consumer(name):
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        with lock:
            got[name].append(n * n)
        jobs.task_done()


producers = [threading.Thread(target=producer, args=(s,)) for s in (1, 10)]
consumers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    jobs.put(None)
jobs.join()
for t in consumers:
    t.join()
totals.append(sum(sum(v) for v in got.values()))
print(totals, sorted(len(v) for v in got.values()))
