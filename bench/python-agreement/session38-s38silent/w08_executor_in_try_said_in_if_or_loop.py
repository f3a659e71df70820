# WRONG WORDS. CPython: ['job done', 'caught']. weft (start binary): refused at 17:10, "an executor made
# inside an `if` or a loop the scenario runs cannot be followed at import time; make it before" -- the
# executor is made in a `try:`, neither an `if` nor a loop.
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
