# BUG: submit(job(3)) calls job in the main thread and submits None: the future holds a TypeError
from concurrent.futures import ThreadPoolExecutor

calls = []
failed = 0


def job(n):
    calls.append(n)
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job(3))
try:
    fut.result()
except TypeError:
    failed = 1
print(calls, failed)
