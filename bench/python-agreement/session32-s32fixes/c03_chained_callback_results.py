# Chained submit(...).add_done_callback(cb) in a loop, one worker: each callback appends twice its
# job's value in the worker right after the job, so the list is in submit order.
from concurrent.futures import ThreadPoolExecutor

doubled = []


def square(n):
    return n * n


def keep_double(fut):
    doubled.append(2 * fut.result())


with ThreadPoolExecutor(max_workers=1) as pool:
    for n in range(1, 4):
        pool.submit(square, n).add_done_callback(keep_double)
print(doubled)
