# concurrent.futures.TimeoutError is the builtin TimeoutError in 3.11
import time
from concurrent.futures import ThreadPoolExecutor

outcome = "none"


def slow():
    time.sleep(0.1)
    return 1


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(slow)
    try:
        value = future.result(timeout=0.01)
        outcome = "value"
    except TimeoutError:
        outcome = "timeout"
print(outcome)
