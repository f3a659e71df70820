# `cancelled = [names[f] for f in pending if f.cancel()]` over wait(FIRST_COMPLETED)'s `not_done`:
# with one worker, the two queued jobs are cancelled and listed in the set's order (CPython's hash
# table of the futures' addresses), which weft takes in every order.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def job(delay):
    time.sleep(delay)
    return delay


pool = ThreadPoolExecutor(max_workers=1)
names = {pool.submit(job, 0.01): "first", pool.submit(job, 0.01): "second", pool.submit(job, 0.01): "third"}
done, pending = wait(names, return_when=FIRST_COMPLETED)
cancelled = [names[f] for f in pending if f.cancel()]
pool.shutdown(wait=True)
print(cancelled)
