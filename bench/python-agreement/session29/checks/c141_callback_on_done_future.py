# add_done_callback on a future already done runs the callback at once, in the calling thread
from concurrent.futures import ThreadPoolExecutor

log = []


def job():
    return 5


with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(job)
    fut.result()
    fut.add_done_callback(lambda f: log.append(f.result()))
    log.append(9)
first = log[0]
print(log, first)
