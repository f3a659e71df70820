# ordered
# A KeyError inside an executor's `with`, caught outside: the with's shutdown waits for the running job
# before the exception goes on, so the job's item comes before "caught".
import time
from concurrent.futures import ThreadPoolExecutor

log = []
prices = {"tea": 3}


def job():
    time.sleep(0.02)
    log.append("job done")


try:
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(job)
        log.append(prices["cake"])
except KeyError:
    log.append("caught")
print(log)
