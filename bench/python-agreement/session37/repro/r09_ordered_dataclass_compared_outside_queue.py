# `@dataclass(order=True)` instances made at run time (by threads) and compared outside a PriorityQueue
# (`jobs[0] < jobs[1]`; `min(jobs)` and `sorted(jobs)` the same). CPython 3.11.7: [True] every run.
# weft (start binary): imports, then `fault` alone under "complete": "TypeError: unsupported operand
# list, dict, set or instance for `<`" -- the engine's limit, not Python's; the import knows the class
# is ordered (`new_ordered_dataclass`) but only a PriorityQueue's put compares such objects.
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
print(log)
