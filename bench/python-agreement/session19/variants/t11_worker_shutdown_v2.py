"""Worker pool over a deque of jobs, graceful shutdown with an Event, results grouped in a defaultdict."""
import threading
import time
from collections import defaultdict, deque

WORKERS = 3
JOBS = [("resize", 3), ("thumb", 1), ("resize", 2), ("crop", 4), ("thumb", 5), ("crop", 6)]

jobs = deque([0, 1, 2, 3, 4, 5])
jobs_lock = threading.Lock()
stop = threading.Event()
results = {"resize": [], "thumb": [], "crop": []}
results_lock = threading.Lock()
done_count = 0


def next_job():
    with jobs_lock:
        return jobs.popleft() if jobs else None


def worker(worker_id):
    global done_count
    while not stop.is_set():
        job = next_job()
        if job is None:
            time.sleep(0.001)
            continue
        kind, size = JOBS[job]
        try:
            output = size * 10
        finally:
            with results_lock:
                results[kind].append(output)
                done_count += 1


if __name__ == "__main__":
    pool = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
    for t in pool:
        t.start()
    while True:
        with results_lock:
            if done_count == len(JOBS):
                break
        time.sleep(0.001)
    stop.set()
    for t in pool:
        t.join()
    resize = sorted(results["resize"])
    thumb = sorted(results["thumb"])
    crop = sorted(results["crop"])
    by_kind = {kind: sum(values) for kind, values in sorted(results.items())}
