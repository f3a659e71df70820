"""as_completed(fs, timeout=t): the futures done before the deadline come in completion order, then the
loop raises TimeoutError at the deadline (one deadline over the whole loop)."""
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed


def job(ms: int) -> int:
    time.sleep(ms / 1000)
    return ms


arrived: list[int] = []
timed_out = 0
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, ms) for ms in (40, 10, 400)]
    try:
        for future in as_completed(futures, timeout=0.1):
            arrived.append(future.result())
    except TimeoutError:
        timed_out = 1
print(f"arrived={arrived} timed_out={timed_out}")
