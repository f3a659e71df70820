# bug: the consumer may start before every job is in, so a late urgent job is served after a less urgent one
# CPython 3.11.7 (agree.py, 10 runs): ['page', 'backup', 'report', 'email'] every run; weft (complete, 2520
# schedules) finds that and the orders where the consumer takes a job before the more urgent ones are in
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


todo = queue.PriorityQueue()
served = []


def producer(jobs):
    for priority, name in jobs:
        todo.put(Job(priority, name))


def consumer():
    for _ in range(4):
        job = todo.get()
        served.append(job.name)


threads = [
    threading.Thread(target=producer, args=([(3, "email"), (1, "backup")],)),
    threading.Thread(target=producer, args=([(2, "report"), (0, "page")],)),
    threading.Thread(target=consumer),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(served)
assert served == ["page", "backup", "report", "email"], served
