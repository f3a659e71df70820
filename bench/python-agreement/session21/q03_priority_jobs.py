# BUG: order violation: the scheduler starts taking jobs before all are queued, so priority order is not guaranteed
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


def scheduler(jobs, order):
    while True:
        job = jobs.get()
        if job.priority == 99:
            break
        order.append(job.name)


jobs = queue.PriorityQueue()
order = []
t = threading.Thread(target=scheduler, args=(jobs, order))
t.start()
for prio, name in [(3, "backup"), (1, "alert"), (2, "email"), (5, "report"), (1, "page")]:
    jobs.put(Job(prio, name))
jobs.put(Job(99, "stop"))
t.join()
print(" -> ".join(order))
assert order == ["alert", "page", "email", "backup", "report"], "ran out of priority order"
