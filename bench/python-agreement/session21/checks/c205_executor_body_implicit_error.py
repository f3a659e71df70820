# an implicit exception in an executor's `with` body: the shutdown waits for the job, then it propagates
import time
from concurrent.futures import ThreadPoolExecutor

log = []
items = [1]


def job():
    time.sleep(0.02)
    log.append("job done")


try:
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(job)
        x = items[5]
except IndexError:
    log.append("caught")
print(log)
