import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

outcome = ""
late_value = 0


def slow() -> int:
    time.sleep(0.05)
    return 42


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(slow)
    try:
        fut.result(timeout=0.01)
        outcome = "fast"
    except TimeoutError:
        outcome = "timeout"
    late_value = fut.result()
print(outcome, late_value)
