import threading
from dataclasses import dataclass

log = []
jobs = []


@dataclass(order=True)
class Job:
    priority: int
    name: str


def add(p, n):
    jobs.append(Job(p, n))


threads = [threading.Thread(target=add, args=a) for a in ((2, "b"), (1, "a"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(jobs[0] < jobs[1] or jobs[1] < jobs[0])
log.extend(j.name for j in sorted(jobs))
print(log)  # ordered
