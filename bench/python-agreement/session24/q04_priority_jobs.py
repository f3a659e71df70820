"""A PriorityQueue of (priority, sequence, job) tuples served by one worker after all are queued."""
import itertools
import queue
import threading

jobs = queue.PriorityQueue()
order = []
counter = itertools.count()

for priority, name in [(3, "cleanup"), (1, "deploy"), (2, "test"), (1, "build"), (5, "notify")]:
    jobs.put((priority, next(counter), name))
jobs.put((99, next(counter), None))


def worker():
    while True:
        priority, _, name = jobs.get()
        if name is None:
            jobs.task_done()
            return
        order.append(name)
        jobs.task_done()


t = threading.Thread(target=worker)
t.start()
jobs.join()
t.join()
print(order)
assert order == ["deploy", "build", "test", "cleanup", "notify"]
