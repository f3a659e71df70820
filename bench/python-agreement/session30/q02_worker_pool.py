import queue
import threading
import time

tasks = queue.Queue()
results = {}
results_lock = threading.Lock()
processed_by = {}


def handle(job):
    kind, n = job
    time.sleep(0.001)
    if kind == "square":
        return n * n
    if kind == "double":
        return 2 * n
    raise ValueError(f"unknown job {kind}")


def worker(worker_id):
    while True:
        job = tasks.get()
        try:
            value = handle(job)
        except ValueError as error:
            value = str(error)
        finally:
            tasks.task_done()
        with results_lock:
            results[job] = value
            processed_by[worker_id] = processed_by.get(worker_id, 0) + 1


for worker_id in range(3):
    threading.Thread(target=worker, args=(worker_id,), daemon=True).start()

jobs = [("square", 3), ("double", 4), ("square", 5), ("cube", 2), ("double", 7)]
for job in jobs:
    tasks.put(job)
tasks.join()
time.sleep(0.01)  # let the last worker record its result

for job in jobs:
    print(job, "->", results.get(job))
print("jobs processed:", sum(processed_by.values()))
