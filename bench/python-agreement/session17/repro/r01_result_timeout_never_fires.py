# spurious failure: future.result(timeout=0.010) on a job that sleeps 100 ms always times out in CPython;
# weft's explore also lists a schedule where the wait lasts the whole 100 ms and returns the result.
import concurrent.futures
import time

outcome = "pending"


def slow() -> int:
    time.sleep(0.100)
    return 99


executor = concurrent.futures.ThreadPoolExecutor()
future = executor.submit(slow)
try:
    future.result(timeout=0.010)
    outcome = "fresh"
except concurrent.futures.TimeoutError:
    outcome = "timed_out"
executor.shutdown()
