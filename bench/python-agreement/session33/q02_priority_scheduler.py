import itertools
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)


jobs = queue.PriorityQueue()
counter = itertools.count()
done = []
done_lock = threading.Lock()


def submit(priority, name):
    jobs.put(Job(priority, next(counter), name))


def worker(worker_id):
    while True:
        job = jobs.get()
        try:
            if job.name == "STOP":
                return
            with done_lock:
                done.append((job.priority, job.name, worker_id))
        finally:
            jobs.task_done()


for priority, name in [(3, "backup"), (1, "page-oncall"), (2, "send-email"), (1, "restart-db")]:
    submit(priority, name)

workers = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for w in workers:
    w.start()
jobs.join()
for _ in workers:
    submit(99, "STOP")
for w in workers:
    w.join()
print("jobs", len(done), "names", sorted(name for _, name, _ in done), "left", jobs.qsize())
