import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed

finished: list[int] = []
timed_out = 0
cancelled = 0


def job(ms: int) -> int:
    time.sleep(ms / 1000)
    return ms


pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, ms) for ms in (10, 300, 300, 20, 20)]
try:
    for fut in as_completed(futures, timeout=0.1):
        finished.append(fut.result())
except TimeoutError:
    timed_out = 1
pool.shutdown(wait=False, cancel_futures=True)
cancelled = sum(1 for f in futures if f.cancelled())
finished_count = len(finished)
print(f"finished={finished} timed_out={timed_out} cancelled={cancelled}")
pool.shutdown(wait=True)
assert timed_out == 1
