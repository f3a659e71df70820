# SILENT: as r03 with an RLock: CPython runs the callback in the adding thread, which re-enters the
# RLock it holds, so the callback's entry comes first; weft runs it in the worker, which waits for the
# RLock until main's `with` ends.
# CPython 3.11: ['callback', 'main'] every run.  weft-start explore: 1 outcome, complete:
# order=['main', 'callback'].  (checks/c27_callback_in_adding_thread.py)
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
    fut = pool.submit(job)
    time.sleep(0.01)
    with rlock:
        fut.add_done_callback(callback)
        order.append("main")
print(order)
