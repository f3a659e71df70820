# Executor.map(timeout=): the iteration raises TimeoutError when a result is not ready by the deadline
# (measured from the map call).
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

log = []


def job(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, [0.001, 0.2, 0.002], timeout=0.05):
            log.append(value)
    except TimeoutError:
        log.append("timeout")
print(log)
