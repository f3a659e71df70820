import time
from concurrent.futures import ThreadPoolExecutor

def job(n):
    time.sleep(0.01 * n)
    return n

pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, n) for n in range(4)]
time.sleep(0.015)
pool.shutdown(wait=False, cancel_futures=True)
cancelled = [f.cancelled() for f in futures].count(True)
done = all(f.done() for f in futures)

print(cancelled, done)
