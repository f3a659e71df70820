# A job queue held by a class: `take` returns `self.jobs.popleft() if self.jobs else None` inside a
# method (conditional_returns.rs walks into the class's body to split it into an `if`); two workers
# drain it under the class's lock and record who took what.
import threading
from collections import deque


class JobQueue:
    def __init__(self, items):
        self.jobs = deque(items)
        self.lock = threading.Lock()

    def take(self):
        with self.lock:
            return self.jobs.popleft() if self.jobs else None


queue = JobQueue([1, 2, 3, 4])
taken = []
taken_lock = threading.Lock()


def worker(name):
    while True:
        job = queue.take()
        if job is None:
            break
        with taken_lock:
            taken.append((job, name))


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(job for job, _ in taken), len(taken))
