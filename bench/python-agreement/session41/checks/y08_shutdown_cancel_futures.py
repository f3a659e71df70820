# check: shutdown(cancel_futures=True) cancels jobs that have not started
from concurrent.futures import ThreadPoolExecutor
import time

ran = []
states = []


def job(n):
    time.sleep(0.01)
    ran.append(n)


pool = ThreadPoolExecutor(max_workers=1)
futs = [pool.submit(job, n) for n in range(4)]
time.sleep(0.002)
pool.shutdown(wait=True, cancel_futures=True)
for f in futs:
    states.append("cancelled" if f.cancelled() else "done")
print(ran, states)
