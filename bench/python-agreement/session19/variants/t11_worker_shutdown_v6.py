"""Worker pool over a deque of jobs, graceful shutdown with an Event, results grouped in a defaultdict."""
import threading
import time
from collections import defaultdict, deque

WORKERS = 3
JOBS = [("resize", 3), ("thumb", 1), ("resize", 2), ("crop", 4), ("thumb", 5), ("crop", 6)]
KINDS = ["resize", "thumb", "resize", "crop", "thumb", "crop"]
SIZES = [3, 1, 2, 4, 5, 6]

jobs = deque([0, 1, 2, 3, 4, 5])
jobs_lock = threading.Lock()
stop = threading.Event()
resize_results = []
thumb_results = []
crop_results = []
results_lock = threading.Lock()
done_count = 0


def next_job():
    with jobs_lock:
        if jobs:
            return jobs.popleft()
        return None


def worker(worker_id):
    global done_count
    while not stop.is_set():
        job = next_job()
        if job is None:
            time.sleep(0.001)
            continue
        kind = KINDS[job]
        size = SIZES[job]
        try:
            output = size * 10
        finally:
            with results_lock:
                if kind == "resize":
                    resize_results.append(output)
                elif kind == "thumb":
                    thumb_results.append(output)
                else:
                    crop_results.append(output)
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
    resize = sorted(resize_results)
    thumb = sorted(thumb_results)
    crop = sorted(crop_results)
    crop_total = sum(crop_results)
    resize_total = sum(resize_results)
    thumb_total = sum(thumb_results)
