import itertools
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)


counter = itertools.count()
jobs = queue.PriorityQueue()
done_order = []
done_lock = threading.Lock()


def submit(name, priority, cost=1):
    jobs.put((priority, next(counter), name, cost))


def runner():
    while True:
        job = jobs.get()
        if job[2] == "shutdown":
            jobs.task_done()
            break
        with done_lock:
            done_order.append(job[2])
        jobs.task_done()


submit("backup", 5)
submit("email", 1)
submit("report", 3)
submit("alert", 0)
submit("cleanup", 9)
submit("shutdown", 100)

worker = threading.Thread(target=runner)
worker.start()
jobs.join()
worker.join()

print("order:", done_order)
print("remaining:", jobs.qsize())
