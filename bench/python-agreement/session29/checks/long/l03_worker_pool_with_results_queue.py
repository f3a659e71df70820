import queue
import threading

tasks = queue.Queue()
results = queue.Queue()
NUM_WORKERS = 3


def worker(wid):
    while True:
        job = tasks.get()
        if job is None:
            tasks.task_done()
            return
        n = job
        results.put((wid, n * n))
        tasks.task_done()


workers = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(NUM_WORKERS)]
for w in workers:
    w.start()
for n in range(1, 6):
    tasks.put(n)
for _ in workers:
    tasks.put(None)
tasks.join()

total = 0
count = 0
while not results.empty():
    wid, sq = results.get()
    total += sq
    count += 1
print(total, count)
