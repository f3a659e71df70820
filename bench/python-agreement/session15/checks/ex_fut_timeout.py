from concurrent.futures import ThreadPoolExecutor
import time

timed_out = 0
value = 0


def slow():
    time.sleep(0.05)
    return 7


with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(slow)
    try:
        value = fut.result(timeout=0.01)
    except TimeoutError:
        timed_out = 1
