import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


pq = queue.PriorityQueue()
order = []


def submitter():
    for prio, name in [(3, "backup"), (1, "page-oncall"), (2, "send-email"), (1, "restart-db")]:
        pq.put(Job(prio, name))


def runner(count):
    for _ in range(count):
        job = pq.get()
        order.append((job.priority, job.name))
        pq.task_done()


s = threading.Thread(target=submitter)
s.start()
s.join()  # every job is queued before the runner starts
r = threading.Thread(target=runner, args=(4,))
r.start()
pq.join()
r.join()
print(order)
