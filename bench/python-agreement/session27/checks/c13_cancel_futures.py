"""shutdown(wait=False, cancel_futures=True) cancels the queued futures; the running one still finishes."""
import time
from concurrent.futures import ThreadPoolExecutor

finished: list[int] = []


def job(n: int) -> int:
    time.sleep(0.05)
    finished.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, n) for n in range(4)]
time.sleep(0.01)
pool.shutdown(wait=False, cancel_futures=True)
cancelled = sum(1 for f in futures if f.cancelled())
first_result = futures[0].result()
print(cancelled, first_result, finished)
