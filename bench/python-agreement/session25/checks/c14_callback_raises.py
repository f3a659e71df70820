# check: an exception in a done-callback is logged and ignored; the future and the pool go on
from concurrent.futures import ThreadPoolExecutor

log = []


def bad_callback(future):
    raise ValueError("callback failed")


def good_callback(future):
    log.append(future.result())


def job(n):
    return n * 2


with ThreadPoolExecutor(max_workers=2) as pool:
    f = pool.submit(job, 5)
    f.add_done_callback(bad_callback)
    f.add_done_callback(good_callback)
    value = f.result()
    later = pool.submit(job, 7).result()
count = len(log)
print(value, later, log)
