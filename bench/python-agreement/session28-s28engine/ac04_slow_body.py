"""The deadline of as_completed is checked between batches: a body that runs past it ends the loop at
the next batch, and a future that finished while the body ran is not yielded (CPython: arrived=[10])."""
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed


def job(ms: int) -> int:
    time.sleep(ms / 1000)
    return ms


arrived: list[int] = []
timed_out = 0
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, ms) for ms in (10, 30, 500)]
    try:
        for future in as_completed(futures, timeout=0.06):
            arrived.append(future.result())
            time.sleep(0.1)
    except TimeoutError:
        timed_out = 1
print(f"arrived={arrived} timed_out={timed_out}")
