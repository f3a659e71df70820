# no bug: daemon workers call task_done() for each job and the main thread waits with queue.join()
import queue
import threading
import time

jobs = queue.Queue()
processed = []
lock = threading.Lock()


def worker():
    while True:
        job = jobs.get()
        try:
            time.sleep(0.001)
            with lock:
                processed.append(job * job)
        finally:
            jobs.task_done()


for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()

for job in range(5):
    jobs.put(job)
jobs.join()
processed.sort()
print("processed", processed)
assert processed == [0, 1, 4, 9, 16]
