import queue
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: Any = field(compare=False, default=None)


jobs: "queue.PriorityQueue[Job]" = queue.PriorityQueue()
order: list[int] = []


def scheduler() -> None:
    while True:
        job = jobs.get()
        if job.name == "stop":
            break
        order.append(job.priority)
        jobs.task_done()


for prio, name in [(5, "backup"), (1, "page"), (3, "email"), (2, "sms")]:
    jobs.put(Job(prio, name, payload={"n": prio}))
jobs.put(Job(99, "stop"))

t = threading.Thread(target=scheduler)
t.start()
t.join()
print("order: " + ", ".join(f"{p:02d}" for p in order))
assert order == [1, 2, 3, 5]
