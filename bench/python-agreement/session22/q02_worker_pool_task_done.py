import queue
import threading

tasks = queue.Queue()
results = {}
results_lock = threading.Lock()


def worker(worker_id):
    while True:
        n = tasks.get()
        try:
            value = sum(i * i for i in range(n))
            with results_lock:
                results[n] = (value, worker_id)
        finally:
            tasks.task_done()


for i in range(3):
    threading.Thread(target=worker, args=(i,), daemon=True).start()

for n in [10, 20, 30, 40, 50, 60]:
    tasks.put(n)
tasks.join()

print(sorted((n, v) for n, (v, _) in results.items()))
print("workers used <= 3:", len({w for _, w in results.values()}) <= 3)
