import time
from concurrent.futures import ThreadPoolExecutor

log = []


def slow():
    time.sleep(0.05)
    return 1


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(slow)
    try:
        f.result(timeout=0.005)
        log.append("result")
    except TimeoutError:
        log.append("timeout")
print(log)
