# BUG: `wait()` returns once every future has its result, before the done callbacks of the last ones
# have run (CPython sets the result and wakes the waiters, then calls the callbacks), so `seen` can be short.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

seen = []
lock = threading.Lock()
count = 0


def record(fut):
    global count
    with lock:
        count += 1


def job(n):
    time.sleep(0.005 * n)
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = []
    for n in [1, 2]:
        fut = pool.submit(job, n)
        fut.add_done_callback(record)
        futures.append(fut)
    wait(futures)
    counted = count

print(counted)
assert counted == 2, counted
