import time
from concurrent.futures import ThreadPoolExecutor

def job(n):
    time.sleep(0.01 * n)
    return n

pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, n) for n in range(4)]
time.sleep(0.015)
for f in futures:
    f.cancel()
pool.shutdown(wait=True)
finished = 0
for f in futures:
    if f.done() and not f.cancelled():
        finished += 1
print(finished)
