import time
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
log = []
def job(d):
    time.sleep(d)
    return d
with ThreadPoolExecutor(2) as pool:
    fs = [pool.submit(job, d) for d in (0.001, 0.2)]
    try:
        for f in as_completed(fs, timeout=0.05):
            log.append(f.result())
    except TimeoutError:
        log.append('timeout')
print(log)
