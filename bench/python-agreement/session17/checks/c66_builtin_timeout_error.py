# no bug: concurrent.futures.TimeoutError is the builtin TimeoutError in 3.11, so `except TimeoutError` catches result(timeout=...)
import time
from concurrent.futures import ThreadPoolExecutor

outcome = "none"


def slow():
    time.sleep(0.100)


with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(slow)
    try:
        fut.result(timeout=0.010)
        outcome = "done"
    except TimeoutError:
        outcome = "timed_out"
print(outcome)
