# variant of f03 (submit as a dict-display key refused): a list display of submits -- no bug: as_completed yields futures as they finish; the fastest job comes first
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

completion_order = []


def job(name, seconds):
    time.sleep(seconds)
    return name


with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(job, 1, 0.03), executor.submit(job, 2, 0.01), executor.submit(job, 3, 0.02)]
    for future in as_completed(futures):
        completion_order.append(future.result())

print(completion_order)
