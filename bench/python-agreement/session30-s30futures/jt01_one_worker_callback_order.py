"""A one-worker pool whose done callback sleeps: CPython runs the callback in the worker that finished
the job, which takes no new job until the callback returns, so jobs and callbacks alternate."""
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    log.append(n)
    time.sleep(0.002)
    return n


def flush(fut):
    time.sleep(0.003)  # write the result out
    log.append(100 + fut.result())


with ThreadPoolExecutor(max_workers=1) as pool:
    for n in range(3):
        pool.submit(job, n).add_done_callback(flush)

print(f"log={log}")
assert len(log) == 6 and log[1] == 100 and log[2] == 1 and log[3] == 101
