"""A priority scheduler: heapq of (priority, seq, job) under a lock, two worker threads drain it."""
import heapq
import itertools
import threading
from collections import defaultdict

_seq = itertools.count()
_heap: list[tuple[int, int, str]] = []
_lock = threading.Lock()
done_by: defaultdict[str, list[str]] = defaultdict(list)
order: list[str] = []


def schedule(priority: int, job: str) -> None:
    with _lock:
        heapq.heappush(_heap, (priority, next(_seq), job))


def next_job() -> str | None:
    with _lock:
        if not _heap:
            return None
        _, _, job = heapq.heappop(_heap)
        order.append(job)
        return job


def worker(name: str) -> None:
    while (job := next_job()) is not None:
        done_by[name].append(job)


for prio, job in [(2, "email"), (1, "billing"), (3, "report"), (1, "audit"), (2, "sms")]:
    schedule(prio, job)
workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
jobs_done = sum(len(v) for v in done_by.values())
print("order", order)
assert order == ["billing", "audit", "email", "sms", "report"]
assert jobs_done == 5
