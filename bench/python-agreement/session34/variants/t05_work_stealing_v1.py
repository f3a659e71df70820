# A work-stealing pair: each worker pops from the back of its own deque and steals from the front of the other's.
import threading
from collections import deque

queues = [deque([1, 2, 3, 4]), deque([5])]
locks = [threading.Lock(), threading.Lock()]
done_by = [[], []]
total = 0
total_lock = threading.Lock()


def take(own):
    with locks[own]:
        if queues[own]:
            job = queues[own].pop()
            return job
    other = 1 - own
    with locks[other]:
        if queues[other]:
            job = queues[other].popleft()
            return job
    return None


def worker(own):
    global total
    while True:
        job = take(own)
        if job is None:
            break
        done_by[own].append(job)
        with total_lock:
            total += job * job


workers = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()

jobs_done = len(done_by[0]) + len(done_by[1])
print(f"total={total} jobs={jobs_done}")
assert total == 55 and jobs_done == 5
