# shutdown(cancel_futures=True) cancels the jobs that have not started; the running one finishes.
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    time.sleep(0.02)
    log.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, n) for n in range(4)]
time.sleep(0.005)
pool.shutdown(wait=True, cancel_futures=True)
log.append(sum(1 for f in futures if f.cancelled()))
print(log)
