import time
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    time.sleep(0.005)
    log.append(n)
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(job, 1)
    second = pool.submit(job, 2)
    cancelled = second.cancel()
log.append(cancelled)
log.append(first.cancel())
print(sorted(log, key=str))
