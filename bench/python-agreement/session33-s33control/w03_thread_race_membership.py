# BUG: two workers race on a shared counter without a lock while the main thread waits for the first
# to finish; `f in done` tells which finished first, and the counter may lose an update.
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

state = {"count": 0, "first": -1}


def bump(n, delay):
    time.sleep(delay)
    value = state["count"]
    time.sleep(0.001)
    state["count"] = value + 1
    return n


pool = ThreadPoolExecutor(max_workers=2)
fs = [pool.submit(bump, 0, 0.002), pool.submit(bump, 1, 0.002)]
done, not_done = wait(fs, return_when=FIRST_COMPLETED)
for position in range(2):
    if fs[position] in done and state["first"] == -1:
        state["first"] = position
pool.shutdown(wait=True)
print(state)
