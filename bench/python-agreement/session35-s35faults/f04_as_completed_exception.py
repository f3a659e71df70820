# `as_completed` yields a job that raised (`"s" + 1`: TypeError) like any other; `f.exception()` tells
# (CPython: failed=1 total=22).
from concurrent.futures import ThreadPoolExecutor, as_completed

PARTS = ["a", 1, "b"]
failed = 0
total = 0


def label(i):
    return PARTS[i] + "!"


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(label, i) for i in range(3)]
    for f in as_completed(futures):
        if f.exception() is not None:
            failed += 1
        else:
            total += len(f.result()) * 5 + 1
print(failed, total)
