"""as_completed(fs, timeout=t) with the TimeoutError uncaught: the program ends with it after the first
result."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def job(ms: int) -> int:
    time.sleep(ms / 1000)
    return ms


arrived: list[int] = []
pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, ms) for ms in (10, 300)]
for future in as_completed(futures, timeout=0.1):
    arrived.append(future.result())
print(f"arrived={arrived}")
