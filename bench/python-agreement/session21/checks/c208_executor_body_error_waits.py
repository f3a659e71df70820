# an implicit IndexError inside `with ThreadPoolExecutor()`: the with's exit waits for the job first
import time
from concurrent.futures import ThreadPoolExecutor

log = []
items = [1]


def job():
    time.sleep(0.03)
    log.append("job done")


def run():
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(job)
        x = items[5]


try:
    run()
except IndexError:
    log.append("caught")
print(log)
