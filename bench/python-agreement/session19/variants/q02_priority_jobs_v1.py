"""Priority job queue drained by two workers; the results are kept sorted by job name."""
import queue
import threading

JOBS = [(2, "email"), (1, "payment"), (3, "report"), (1, "refund"), (2, "sms")]
WORKERS = 2

jobs = queue.PriorityQueue()
for priority, name in JOBS:
    jobs.put((priority, name))
for _ in range(WORKERS):
    jobs.put((99, "stop"))

done = []
done_lock = threading.Lock()
per_priority = {}


def worker():
    while True:
        priority, name = jobs.get()
        if name == "stop":
            break
        with done_lock:
            done.append(name)
            per_priority[name] = priority


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    completed = sorted(done, key=lambda n: (per_priority[n], n))
    assert len(completed) == len(JOBS)
    first_two = sorted(done[:2])
