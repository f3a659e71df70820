# BUG: order violation at shutdown: the stop event is set while jobs are still queued, and the worker
# quits at once, so some jobs are never processed
import queue
import threading
import time

jobs = queue.Queue()
stop = threading.Event()
processed = []


def worker():
    while not stop.is_set():
        try:
            job = jobs.get(timeout=0.01)
        except queue.Empty:
            continue
        time.sleep(0.002)  # handle the job
        processed.append(job)


thread = threading.Thread(target=worker)
thread.start()
for job in range(5):
    jobs.put(job)
stop.set()
thread.join()
count = len(processed)
print("processed", count)
assert count == 5, f"lost {5 - count} jobs"
