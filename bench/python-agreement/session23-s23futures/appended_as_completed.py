# `as_completed` over a list built by `append` (each future bound to a name first): the order the
# results come in is the order the jobs finish.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

order = []


def job(n, delay):
    time.sleep(delay)
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = []
    for n, delay in [(1, 0.03), (2, 0.01), (3, 0.02)]:
        fut = pool.submit(job, n, delay)
        futures.append(fut)
    for fut in as_completed(futures):
        order.append(fut.result())

print(order)
