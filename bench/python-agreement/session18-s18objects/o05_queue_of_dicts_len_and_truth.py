# bug: the total is updated without a lock, so one worker's addition can be lost
# CPython 3.11.7 (agree.py, 10 runs): total 12 every run; weft (complete): total=12 and the lost update total=6.
# Before session 18 weft faulted in every run at `if job:` (the truth of a dict inside an expression)
import queue
import threading

jobs = queue.Queue()
total = 0


def handle(job):
    global total
    if job:
        size = job["size"] * len(job)
        total += size


def worker():
    while True:
        job = jobs.get()
        if job is None:
            break
        handle(job)


for i in range(2):
    jobs.put({"id": i, "size": 3})
jobs.put({})
workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
print("total", total)
assert total == 12, total
