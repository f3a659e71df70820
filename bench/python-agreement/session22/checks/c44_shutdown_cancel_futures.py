import time
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    time.sleep(0.02)
    log.append(n)
    return n


ex = ThreadPoolExecutor(max_workers=1)
futs = [ex.submit(job, n) for n in range(4)]
time.sleep(0.005)
ex.shutdown(wait=True, cancel_futures=True)
states = ["cancelled" if f.cancelled() else "done" for f in futs]
print(log, states)
