"""Two threads each call a function with an early return and then its own executor's with."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

results = {}
jobs_run = []


def square(x):
    time.sleep(0.001)
    jobs_run.append(x)
    return x * x


def batch(name, items):
    if not items:
        results[name] = -1
        return
    with ThreadPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(square, x) for x in items]
    results[name] = sum(f.result() for f in futures)


threads = [
    threading.Thread(target=batch, args=("a", [1, 2])),
    threading.Thread(target=batch, args=("b", [])),
    threading.Thread(target=batch, args=("c", [3])),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(dict(sorted(results.items())), sorted(jobs_run))
