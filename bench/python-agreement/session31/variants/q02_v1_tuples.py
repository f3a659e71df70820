# A priority job scheduler: a PriorityQueue of (priority, seq, job) tuples, two workers, a results dict
import itertools
import queue
import threading
from dataclasses import dataclass


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = ""
    cost: int = 0


jobs = queue.PriorityQueue()
counter = itertools.count()
results = {}
order = []
order_lock = threading.Lock()


def submit(name, priority, cost):
    jobs.put((priority, next(counter), name, cost))


def worker():
    while True:
        try:
            priority, seq, name, cost = jobs.get(timeout=0.05)
        except queue.Empty:
            return
        results[name] = cost * 2
        with order_lock:
            order.append(name)
        jobs.task_done()


submit("backup", 5, 30)
submit("email", 1, 2)
submit("report", 3, 10)
submit("cleanup", 9, 1)
submit("alert", 0, 1)

workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
jobs.join()
for w in workers:
    w.join()

print("results:", dict(sorted(results.items())))
print("first two started:", sorted(order[:2]))
print("done:", len(order))
