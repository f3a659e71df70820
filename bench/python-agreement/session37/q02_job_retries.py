# A job scheduler with retries and exponential backoff: a failed job goes back on the queue after a delay.
import queue
import threading
import time

MAX_ATTEMPTS = 3
BASE_DELAY = 0.001

jobs = queue.Queue()
failures_left = {"resize": 2, "email": 0, "backup": 5}
outcome = {}
attempts = {}
lock = threading.Lock()


def run_job(name):
    with lock:
        attempts[name] = attempts.get(name, 0) + 1
        if failures_left[name] > 0:
            failures_left[name] -= 1
            raise ConnectionError(f"{name} failed")
    return f"{name}-ok"


def worker():
    while True:
        try:
            name, attempt = jobs.get(timeout=0.1)
        except queue.Empty:
            return
        try:
            outcome[name] = run_job(name)
        except ConnectionError:
            if attempt + 1 < MAX_ATTEMPTS:
                time.sleep(BASE_DELAY * 2 ** attempt)
                jobs.put((name, attempt + 1))
            else:
                outcome[name] = "gave-up"
        finally:
            jobs.task_done()


for job in ["resize", "email", "backup"]:
    jobs.put((job, 0))
workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
jobs.join()
for w in workers:
    w.join()

total_attempts = sum(attempts.values())
print(f"outcome={dict(sorted(outcome.items()))} attempts={total_attempts}")
