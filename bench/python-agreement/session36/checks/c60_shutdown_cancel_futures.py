"""executor.shutdown(cancel_futures=True) cancels the queued jobs; the running one finishes."""
import time
from concurrent.futures import ThreadPoolExecutor

ran = []


def job(i):
    time.sleep(0.02)
    ran.append(i)


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, i) for i in range(4)]
time.sleep(0.005)
pool.shutdown(wait=True, cancel_futures=True)
cancelled = sum(1 for f in futures if f.cancelled())
print(ran, cancelled)
