"""executor.map(..., timeout=) raises TimeoutError from the iterator when a result is late."""
import concurrent.futures
import time


def slow(n):
    time.sleep(0.05 * n)
    return n


got = []
timed_out = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    try:
        for value in executor.map(slow, [0, 2], timeout=0.02):
            got.append(value)
    except concurrent.futures.TimeoutError:
        timed_out = 1
print(got, timed_out)
