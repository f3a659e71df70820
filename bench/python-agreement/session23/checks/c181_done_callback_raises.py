# check: an exception in a future's done callback is logged and ignored; the program goes on
from concurrent.futures import ThreadPoolExecutor

log = []


def job():
    return 2


def bad_callback(f):
    log.append(f.result())
    raise RuntimeError("callback failed")


with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(job)
    fut.add_done_callback(bad_callback)
    value = fut.result()
log.append(value)
