import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError
log = []
def slow():
    time.sleep(0.05)
    return 1
with ThreadPoolExecutor(1) as pool:
    f = pool.submit(slow)
    try:
        log.append(f.result(timeout=0.01))
    except TimeoutError:
        log.append('timeout')
    log.append(f.result())
print(log)
