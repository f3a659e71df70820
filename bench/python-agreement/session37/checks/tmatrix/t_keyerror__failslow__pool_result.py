"""pool_result: the failing job (keyerror) after 8 ms, the other after 1 ms."""
import time
from concurrent.futures import ThreadPoolExecutor

TABLE = {"present": 1}
ZERO = [0]
log = []


def job(name, delay_ms, fails):
    try:
        time.sleep(delay_ms / 1000)
        if fails:
            value = TABLE["missing"]
        return name
    finally:
        log.append(f"end {name}")

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, "bad", 8, True), pool.submit(job, "good", 1, False)]
    for f in futures:
        try:
            log.append(f.result())
        except Exception as e:
            log.append(type(e).__name__)
print(sorted(log, key=str))
