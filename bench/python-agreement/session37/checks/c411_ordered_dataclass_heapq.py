import heapq
import threading
from dataclasses import dataclass

log = []
heap = []
lock = threading.Lock()


@dataclass(order=True)
class Job:
    priority: int
    name: str


def add(p, n):
    with lock:
        heapq.heappush(heap, Job(p, n))


threads = [threading.Thread(target=add, args=a) for a in ((2, "b"), (1, "a"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(heapq.heappop(heap).name)
print(log)  # ordered
