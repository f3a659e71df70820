# check: cancel() of a job not yet started in a one-worker pool returns True and it never runs
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
cancelled = []


def job(n):
    time.sleep(0.02)
    ran.append(n)


with ThreadPoolExecutor(max_workers=1) as ex:
    f1 = ex.submit(job, 1)
    f2 = ex.submit(job, 2)
    time.sleep(0.005)
    cancelled.append(int(f1.cancel()))
    cancelled.append(int(f2.cancel()))
