# Two workers each pop from the back of their own row of a list of lists and steal from the front of
# the other's; a third list of deques is drained the same way. Rows are chosen by a run-time index.
import threading
from collections import deque

rows = [[1, 2, 3], [4]]
spare = [deque([10, 20]), deque([30])]
locks = [threading.Lock(), threading.Lock()]
done = [[], []]
total = 0
total_lock = threading.Lock()


def take(own):
    with locks[own]:
        if rows[own]:
            return rows[own].pop()
        if spare[own]:
            return spare[own].popleft()
    other = 1 - own
    with locks[other]:
        if rows[other]:
            return rows[other].pop(0)
    return None


def worker(own):
    global total
    while True:
        job = take(own)
        if job is None:
            break
        done[own].append(job)
        with total_lock:
            total += job


workers = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("total", total, "jobs", len(done[0]) + len(done[1]))
assert total == 70
