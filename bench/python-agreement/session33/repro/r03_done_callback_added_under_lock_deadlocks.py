# SILENT: add_done_callback on a pool future that is already done runs the callback at once in the
# adding thread (CPython's Future.add_done_callback), here while that thread holds the lock the
# callback takes: a self-deadlock. weft runs the callback as the tail of the job in the worker, which
# waits for the lock and then takes it: one outcome, "complete", no deadlock.
# CPython 3.11: hangs every run (agree.py counts it as `deadlock` after --timeout).
# weft-start explore: 1 outcome, complete: ok order=['main', 'callback'].
# The same with `fut.result()` before the add (the callback is then a thread of its own in weft, not a
# tail: checks/quick/tpcb_result.py) and with a ProcessPoolExecutor's future (quick/ppcb.py): CPython
# hangs, weft lists one ok outcome, complete.
# A realistic job tracker (checks/h02_job_tracker.py: `track(fut)` adds `_on_done` under the tracker's
# lock, `_on_done` takes it): CPython hangs 5 runs of 5; weft: 42 schedules, every one ok
# (finished=4), "incomplete: stopped at --max-schedules (100000)" with 99,958 cut short; the deadlock
# is never listed.
# (session32 s32fixes: "When the job is done before add_done_callback, CPython calls the callback at
# once in the adding thread; the tail runs it in the worker instead, which lists the same states" --
# not when the adder holds something the callback needs; see r04 for an RLock, where the order differs.)
import threading
import time
from concurrent.futures import ThreadPoolExecutor

rlock = threading.Lock()
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
