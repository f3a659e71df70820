# BUG: submit() after shutdown() raises RuntimeError, which the program catches
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    return n * 2


pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(job, 1)
pool.shutdown(wait=True)
try:
    late = pool.submit(job, 2)
    log.append("submitted")
except RuntimeError:
    log.append("runtime error")
print(log)
