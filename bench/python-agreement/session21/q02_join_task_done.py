import queue
import threading

tasks = queue.Queue()
results = []
results_lock = threading.Lock()


def worker():
    while True:
        url = tasks.get()
        try:
            size = len(url) * 100
            with results_lock:
                results.append((url, size))
        finally:
            tasks.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()

for url in ["a.com", "bb.org", "ccc.net", "dddd.io"]:
    tasks.put(url)

tasks.join()
for url, size in sorted(results):
    print(url, size)
print("done", len(results))
