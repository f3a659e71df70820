import time
from concurrent.futures import ThreadPoolExecutor

ran = []


def job(n):
    time.sleep(0.01)
    ran.append(n)


ex = ThreadPoolExecutor(max_workers=1)
futs = [ex.submit(job, n) for n in range(4)]
time.sleep(0.002)
ex.shutdown(wait=True, cancel_futures=True)
cancelled = sum(1 for f in futs if f.cancelled())
print(sorted(ran), cancelled)
