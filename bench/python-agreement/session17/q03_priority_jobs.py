# no bug: a PriorityQueue hands the scheduler its jobs most urgent first
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


todo: "queue.PriorityQueue[Job]" = queue.PriorityQueue()
done_order = []


def scheduler():
    while True:
        job = todo.get()
        if job.name == "stop":
            break
        done_order.append(job.name)


for prio, name in [(3, "email"), (1, "backup"), (2, "report"), (9, "stop")]:
    todo.put(Job(prio, name))

runner = threading.Thread(target=scheduler)
runner.start()
runner.join()
print(" -> ".join(done_order))
assert done_order == ["backup", "report", "email"]
