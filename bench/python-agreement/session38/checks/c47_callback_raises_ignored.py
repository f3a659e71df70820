# ordered
# An exception raised in a done callback is logged and ignored; later callbacks still run.
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def job():
    time.sleep(0.01)
    return 1


def bad_callback(future):
    raise ValueError("callback failed")


def good_callback(future):
    log.append("good ran")


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(job)
    future.add_done_callback(bad_callback)
    future.add_done_callback(good_callback)
log.append(future.result())
print(log)
