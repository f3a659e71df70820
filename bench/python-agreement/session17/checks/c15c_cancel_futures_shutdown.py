# no bug: shutdown(cancel_futures=True) cancels the jobs still queued; the running one finishes
import time
from concurrent.futures import ThreadPoolExecutor

done_jobs = []


def job(n):
    time.sleep(0.010)
    done_jobs.append(n)


ex = ThreadPoolExecutor(max_workers=1)
futures = [ex.submit(job, n) for n in range(4)]
time.sleep(0.002)
ex.shutdown(wait=True, cancel_futures=True)
print(done_jobs)
