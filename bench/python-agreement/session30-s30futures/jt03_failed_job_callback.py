"""A job that raises still has its done callback run (in the worker): the callback counts the attempt,
sleeps, then reads the result, which raises the job's exception; CPython logs it and goes on."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

attempts = 0
succeeded = 0
lock = threading.Lock()


def fetch(n):
    if n == 2:
        raise ValueError(f"item {n} is missing")
    return n


def count(fut):
    global attempts, succeeded
    with lock:
        attempts += 1
    time.sleep(0.001)
    value = fut.result()
    with lock:
        succeeded += 1 + 0 * value


with ThreadPoolExecutor(max_workers=2) as pool:
    for n in range(4):
        pool.submit(fetch, n).add_done_callback(count)

print(f"attempts={attempts} succeeded={succeeded}")
assert attempts == 4 and succeeded == 3
