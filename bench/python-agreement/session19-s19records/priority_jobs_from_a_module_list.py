# Tuples of a module list put one by one on a PriorityQueue (`for job in JOBS: q.put(job)`), taken by
# two workers after all are queued: the workers' shares of the jobs vary, the queue's order does not.
# CPython 3.11.7 (agree.py, 10 runs): taken == ['1:alerts', '1:backup', '2:report', '3:cleanup'] in 10
# of 10; weft: 8 outcomes, complete, that one among them (the others: the workers' appends interleave).
import queue
import threading

JOBS = [(3, "cleanup"), (1, "backup"), (2, "report"), (1, "alerts")]

jobs = queue.PriorityQueue()
taken = []
start = threading.Event()


def worker():
    start.wait()
    while True:
        try:
            priority, name = jobs.get_nowait()
        except queue.Empty:
            break
        taken.append(f"{priority}:{name}")


if __name__ == "__main__":
    workers = [threading.Thread(target=worker) for _ in range(2)]
    for w in workers:
        w.start()
    for job in JOBS:
        jobs.put(job)
    start.set()
    for w in workers:
        w.join()
    print(sorted(taken))
