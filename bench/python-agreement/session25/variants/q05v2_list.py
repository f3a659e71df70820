# variant of q05_retry_workers.py: a second edit, past the silent error D (a list for the set)
import queue
import threading
from collections import Counter

work = queue.Queue()
results = queue.Queue()
attempts = Counter()
attempts_lock = threading.Lock()
FLAKY = ["job-2", "job-4"]


def process(job):
    with attempts_lock:
        attempts[job] += 1
        tries = attempts[job]
    if job in FLAKY and tries < 3:
        raise ConnectionError(f"{job} failed on try {tries}")
    return job.upper()


def worker():
    while True:
        try:
            job = work.get(timeout=0.2)
        except queue.Empty:
            return
        try:
            results.put(("ok", process(job)))
        except ConnectionError as exc:
            results.put(("retry", str(exc)))
            work.put(job)
        finally:
            work.task_done()


for i in range(1, 6):
    work.put(f"job-{i}")
pool = [threading.Thread(target=worker) for _ in range(2)]
for t in pool:
    t.start()
work.join()
for t in pool:
    t.join()

collected = []
while not results.empty():
    collected.append(results.get())
ok = []
for kind, value in collected:
    if kind == "ok":
        ok.append(value)
ok.sort()
print("ok", ok)
print("retries", sum(1 for kind, _ in collected if kind == "retry"))
print("attempts", sorted(attempts.items()))
