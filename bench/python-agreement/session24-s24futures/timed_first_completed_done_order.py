# Refused: the loop over a timed `done` appends in the set's order (CPython's hash order: the two
# futures finished 40 ms apart may come in either order), where weft would take the finish order.
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
