import threading
from dataclasses import dataclass, field

log = []


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


jobs = []


def add(p, n):
    jobs.append(Job(p, n))


threads = [threading.Thread(target=add, args=a) for a in ((2, "b"), (1, "a"), (2, "c"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = min(jobs)
log.append(first.name)
log.append(Job(2, "x") == Job(2, "y"))
print(log)  # ordered
