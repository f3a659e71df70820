# Expected: three workers stop on one None sentinel each; every job is processed once, so total == sum of squares 0..9 == 285.
import queue
import threading

jobs = queue.Queue()
total = 0
total_lock = threading.Lock()
processed = 0


def worker():
    global total, processed
    while True:
        item = jobs.get()
        if item is None:
            break
        with total_lock:
            total += item * item
            processed += 1


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(10):
    jobs.put(n)
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
assert total == 285
print(f"processed {processed} jobs, total {total}")
