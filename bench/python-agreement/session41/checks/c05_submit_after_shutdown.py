# check: submit after shutdown raises RuntimeError
from concurrent.futures import ThreadPoolExecutor

log = []
pool = ThreadPoolExecutor(max_workers=1)
log.append(pool.submit(pow, 2, 5).result())
pool.shutdown()
try:
    pool.submit(pow, 2, 6)
    log.append("accepted")
except RuntimeError:
    log.append("refused")
print(log)
