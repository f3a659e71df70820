# A thread pool of two workers takes jobs from a queue; a flaky job fails twice before it succeeds;
# failures are retried by putting the job back with its attempt count.
import queue
import threading

log = []
jobs = queue.Queue()
results = {}
lock = threading.Lock()
failures = {"sync": 2}


def run(name):
    with lock:
        left = failures.get(name, 0)
        if left > 0:
            failures[name] = left - 1
            raise ConnectionError(name)
    return name.upper()


def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        name, attempt = item
        try:
            value = run(name)
        except ConnectionError:
            if attempt < 3:
                jobs.put((name, attempt + 1))
            else:
                with lock:
                    results[name] = "failed"
        else:
            with lock:
                results[name] = f"{value}@{attempt}"
        finally:
            jobs.task_done()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for name in ["sync", "mail", "scan"]:
    jobs.put((name, 1))
jobs.join()
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
for name in sorted(results):
    log.append(f"{name}={results[name]}")
print(log)
