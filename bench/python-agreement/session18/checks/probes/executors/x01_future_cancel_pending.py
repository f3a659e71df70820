import time
from concurrent.futures import ThreadPoolExecutor

log = []

def job(n):
    time.sleep(0.02)
    log.append(n)

with ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(job, 1)
    second = ex.submit(job, 2)
    ok = second.cancel()
cancelled = 1 if ok else 0
