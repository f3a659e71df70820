import time
from concurrent.futures import ThreadPoolExecutor

timed_out = 0
value = 0


def job() -> int:
    time.sleep(0.010)
    return 5


with ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(job)
    try:
        value = fut.result(timeout=0.012)  # 2 ms of slack
    except TimeoutError:
        timed_out = 1
print(value, timed_out)
