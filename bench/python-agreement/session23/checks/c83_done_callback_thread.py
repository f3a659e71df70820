# check: add_done_callback on a future already done runs at once in the caller; otherwise when the job ends
import time
from concurrent.futures import ThreadPoolExecutor

order = []


def job():
    time.sleep(0.01)
    return 5


def cb(f):
    order.append(f.result())


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(job)
    f.add_done_callback(cb)
    order.append(1)
    f.result()
    f.add_done_callback(cb)
    order.append(2)
