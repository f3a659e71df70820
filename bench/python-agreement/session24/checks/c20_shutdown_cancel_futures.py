"""shutdown(cancel_futures=True) cancels the queued jobs; the running one finishes."""
import time
from concurrent.futures import ThreadPoolExecutor

done = []


def job(n):
    time.sleep(0.02)
    done.append(n)


executor = ThreadPoolExecutor(max_workers=1)
futures = [executor.submit(job, n) for n in range(4)]
time.sleep(0.005)
executor.shutdown(wait=True, cancel_futures=True)
cancelled = sum(1 for f in futures if f.cancelled())
print(done, cancelled)
