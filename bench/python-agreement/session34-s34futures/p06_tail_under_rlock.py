# A job submitted and given its done callback while the submitter holds an RLock the callback takes.
# Most runs: the job is still pending at the add, the worker runs the callback once main lets go of
# the RLock (["main", "callback"]); when the job ends between submit and add, CPython runs the callback
# at once in main, re-entering the RLock (["callback", "main"]): rare, but a state CPython can reach.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

rlock = threading.RLock()
order = []


def job():
    return 1


def callback(fut):
    with rlock:
        order.append("callback")


with ThreadPoolExecutor(max_workers=1) as pool:
    with rlock:
        fut = pool.submit(job)
        fut.add_done_callback(callback)
        order.append("main")
    time.sleep(0.01)
print(order)
