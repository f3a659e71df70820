import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

log = []

def slow():
    time.sleep(0.3)
    return 1

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(slow)
    try:
        f.result(timeout=0.01)
    except TimeoutError:
        log.append("timeout")
    log.append(f"later={f.result()}")
