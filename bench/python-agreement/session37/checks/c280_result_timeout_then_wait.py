import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

log = []


def slow(n):
    time.sleep(0.02)
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(slow, 5)
    try:
        log.append(f.result(timeout=0.002))
    except TimeoutError:
        log.append("timeout")
    log.append(f.result())
    log.append(f.done())
print(log)  # ordered
