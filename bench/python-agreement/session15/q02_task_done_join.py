# no bug: daemon workers call task_done for every job; q.join() returns when all jobs are done
import queue
import threading

jobs = queue.Queue()
results = []
results_lock = threading.Lock()


def worker():
    while True:
        job = jobs.get()
        with results_lock:
            results.append(job * 10)
        jobs.task_done()


for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()

for job in range(4):
    jobs.put(job)

jobs.join()
processed = len(results)
assert processed == 4
print("all work completed", sorted(results))
