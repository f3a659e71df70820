# The main thread sleeps before its timed `wait(FIRST_COMPLETED)`: `done` holds the two quick jobs
# (finished 40 ms apart), walked in the set's order (CPython [1, 2] or [2, 1]); their watchers, made at
# the call, put them in either order, so weft lists both.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

order = []


def job(n, delay):
    time.sleep(delay)
    return n


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(job, 1, 0.01), ex.submit(job, 2, 0.05), ex.submit(job, 3, 0.3)]
    time.sleep(0.1)
    done, pending = wait(futures, timeout=0.5, return_when=FIRST_COMPLETED)
    for f in done:
        order.append(f.result())
print(order)
