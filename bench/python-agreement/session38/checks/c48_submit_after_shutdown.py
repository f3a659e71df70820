# ordered
# submit after shutdown raises RuntimeError.
from concurrent.futures import ThreadPoolExecutor

log = []


def job():
    return 1


pool = ThreadPoolExecutor(max_workers=1)
log.append(pool.submit(job).result())
pool.shutdown()
try:
    pool.submit(job)
except RuntimeError:
    log.append("refused")
print(log)
