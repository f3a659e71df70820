# Done callbacks (a lambda and a partial) added to futures that may or may not be done yet: run at once
# by the adder when done, else by the worker after the job; both record, the total is always the same
# but the order of "main" among the records varies.
import functools
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
records = []


def job(n):
    return n + 10


def record(tag, fut):
    with lock:
        records.append(tag + fut.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    first = pool.submit(job, 1)
    second = pool.submit(job, 2)
    first.add_done_callback(lambda fut: records.append(fut.result()))
    second.add_done_callback(functools.partial(record, 100))
    with lock:
        records.append(0)
print(sorted(records), records.index(0))
