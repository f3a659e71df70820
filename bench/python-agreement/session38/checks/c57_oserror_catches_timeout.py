# ordered
# In 3.11 concurrent.futures.TimeoutError is TimeoutError, a subclass of OSError: `except OSError`
# catches a result() timeout.
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def slow():
    time.sleep(0.1)
    return "late"


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(slow)
    try:
        log.append(future.result(timeout=0.01))
    except OSError:
        log.append("oserror")
    log.append(future.result())
print(log)
