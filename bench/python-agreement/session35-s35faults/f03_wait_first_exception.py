# `wait(FIRST_EXCEPTION)` never raises: it returns once a job has raised (`len(5)`: TypeError) or all
# are done; the program counts the futures that hold an exception (CPython: 1 failed).
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, wait

SIZES = ["abc", 5, "de"]
failed = 0


def measure(i):
    return len(SIZES[i])


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(measure, i) for i in range(3)]
    wait(futures, return_when=concurrent.futures.ALL_COMPLETED)
    for f in futures:
        if f.exception() is not None:
            failed += 1
print(failed)
