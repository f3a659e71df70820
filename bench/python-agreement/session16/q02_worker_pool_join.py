# no bug: daemon workers drain a task queue; q.join() waits until every task_done, results guarded by a lock
import queue
import threading
import time

tasks = queue.Queue()
results = {}
results_lock = threading.Lock()


def worker():
    while True:
        url = tasks.get()
        try:
            time.sleep(0.002)  # pretend to download
            with results_lock:
                results[url] = len(url)
        finally:
            tasks.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()

for url in ["a.com", "bb.org", "ccc.net", "dddd.io", "e.dev"]:
    tasks.put(url)
tasks.join()
print(dict(sorted(results.items())))
assert len(results) == 5
