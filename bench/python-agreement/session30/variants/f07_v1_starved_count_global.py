# BUG: pool starvation deadlock: each outer task submits an inner task to the same two-worker pool and waits on it, so the inner tasks never get a worker
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

pool = ThreadPoolExecutor(max_workers=2)
starved = 0


def inner(x):
    return x + 1


def outer(x):
    time.sleep(0.001)
    nested = pool.submit(inner, x)
    try:
        return nested.result(timeout=0.05)
    except TimeoutError:
        global starved
        starved += 1
        return "starved"


futures = [pool.submit(outer, x) for x in (10, 20)]
results = [f.result() for f in futures]
pool.shutdown()
print("results:", results)
