# A job submitted to an executor that is not shut down before the print.
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def job():
    time.sleep(0.05)
    log.append("job done")


pool = ThreadPoolExecutor(max_workers=1)
pool.submit(job)
log.append("submitted")
print(log)
