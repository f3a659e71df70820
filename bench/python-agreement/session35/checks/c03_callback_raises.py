"""A done callback raises TypeError (None > 25): CPython logs it and goes on; the next callback still runs."""
from concurrent.futures import ThreadPoolExecutor

calls = []
THRESHOLDS = [None]


def job():
    return 30


def check(fut):
    calls.append(1)
    if THRESHOLDS[0] > 25:
        calls.append(2)


def record(fut):
    calls.append(fut.result())


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(job)
    f.add_done_callback(check)
    f.add_done_callback(record)
print(calls)
