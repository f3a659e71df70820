"""A return in finally swallows the exception in a pool job."""
from concurrent.futures import ThreadPoolExecutor

values = []


def job(x):
    try:
        return 10 // x
    finally:
        if x == 0:
            return -1


with ThreadPoolExecutor(max_workers=2) as pool:
    for v in pool.map(job, [5, 0, 2]):
        values.append(v)
print(values)
