# bug: none
import queue
import threading
import time
from dataclasses import dataclass, field


@dataclass(order=True)
class BuildJob:
    priority: int
    name: str = field(compare=False)
    seconds: float = field(compare=False, default=0.001)


jobs = queue.PriorityQueue()
finished = []
lock = threading.Lock()


def builder():
    while True:
        job = jobs.get()
        try:
            if job.name == "stop":
                return
            time.sleep(job.seconds)
            with lock:
                finished.append(job.name)
        finally:
            jobs.task_done()


for prio, name in [(3, "docs"), (1, "core"), (2, "cli"), (1, "api")]:
    jobs.put(BuildJob(prio, name))

w = threading.Thread(target=builder)
w.start()
jobs.join()
jobs.put(BuildJob(99, "stop"))
w.join()
print(f"order={finished} left={jobs.qsize()}")
