# ordered
# A result(timeout) TimeoutError inside `with sem:`, caught outside: the with released.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

log = []
sem = threading.Semaphore(1)


def slow():
    time.sleep(0.05)
    return 1


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(slow)
    try:
        with sem:
            future.result(timeout=0.01)
    except TimeoutError:
        log.append("timeout")
    with sem:
        log.append("again")
print(log)
