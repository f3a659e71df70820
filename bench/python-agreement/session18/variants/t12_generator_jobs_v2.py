# Workers pull jobs from one shared generator (guarded by a lock) and record who did what.
import threading

NUM_WORKERS = 2
RECORDS = [
    {"id": 1, "name": "ada"},
    {"id": 2, "name": "bob"},
    {"id": 3, "name": "cy"},
    {"id": 4, "name": "dot"},
]

job_lock = threading.Lock()
done_lock = threading.Lock()
processed = {}
per_worker = [0] * NUM_WORKERS


jobs = list(enumerate(RECORDS))


def worker(worker_id):
    while True:
        with job_lock:
            if jobs:
                job = jobs.pop(0)
            else:
                job = None
        if job is None:
            return
        index, record = job
        label = f"{record['name'].upper()}#{record['id']}"
        with done_lock:
            processed[label] = index
            per_worker[worker_id] += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(NUM_WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(per_worker) == len(RECORDS)
    assert len(processed) == len(RECORDS)
