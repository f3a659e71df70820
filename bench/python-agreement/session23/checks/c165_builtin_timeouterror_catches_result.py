# check: in 3.11 concurrent.futures.TimeoutError is the builtin TimeoutError: `except TimeoutError:` catches result(timeout)
import time
from concurrent.futures import ThreadPoolExecutor

res = []


def slow():
    time.sleep(0.05)
    return 1


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(slow)
    try:
        f.result(timeout=0.01)
    except TimeoutError:
        res.append(1)
