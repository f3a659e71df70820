"""as_completed(fs, timeout=t) whose futures all finish in time: no TimeoutError, every result in
completion order."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def job(ms: int) -> int:
    time.sleep(ms / 1000)
    return ms


arrived: list[int] = []
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, ms) for ms in (300, 10, 150)]
    for future in as_completed(futures, timeout=2.0):
        arrived.append(future.result())
print(f"arrived={arrived}")
