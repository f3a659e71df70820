# shutdown(wait=True, cancel_futures=True) cancels the jobs still queued.
import time
from concurrent.futures import ThreadPoolExecutor

ran = []


def job(i):
    time.sleep(0.02)
    ran.append(i)


ex = ThreadPoolExecutor(1)
fs = [ex.submit(job, i) for i in range(3)]
time.sleep(0.005)
ex.shutdown(wait=True, cancel_futures=True)
cancelled = sum(1 for f in fs if f.cancelled())
print(ran, cancelled)
