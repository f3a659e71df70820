"""pool_as_completed: the failing job (raise) after 8 ms, the other after 1 ms."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

TABLE = {"present": 1}
ZERO = [0]
log = []


def job(name, delay_ms, fails):
    try:
        time.sleep(delay_ms / 1000)
        if fails:
            raise ValueError("bad")
        return name
    finally:
        log.append(f"end {name}")

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, "bad", 8, True), pool.submit(job, "good", 1, False)]
    for f in as_completed(futures):
        if f.exception() is None:
            log.append(f.result())
        else:
            log.append("failed")
print(sorted(log, key=str))
