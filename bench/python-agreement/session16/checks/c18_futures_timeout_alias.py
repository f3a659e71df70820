# check: concurrent.futures.TimeoutError is TimeoutError in 3.11
from concurrent.futures import ThreadPoolExecutor
import time

outcome = "none"


def slow():
    time.sleep(0.1)
    return 1


with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(slow)
    try:
        value = fut.result(timeout=0.01)
        outcome = "done"
    except TimeoutError:
        outcome = "timeout"
print(outcome)
