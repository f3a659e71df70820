# The threading counterpart: a pool job under `with sem:` is waited for with result(timeout); the
# semaphore is released when the slow job ends, and the next job runs.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

log = []
sem = threading.Semaphore(1)


def job(name, delay):
    with sem:
        time.sleep(delay)
        log.append(name)


with ThreadPoolExecutor(max_workers=2) as pool:
    slow = pool.submit(job, "slow", 0.05)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        log.append("timeout")
    pool.submit(job, "fast", 0.001).result()
print(log)
