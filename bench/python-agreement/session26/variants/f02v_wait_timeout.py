import time
from concurrent.futures import ThreadPoolExecutor, wait

finished: list[int] = []
timed_out = 0
cancelled = 0


def job(ms: int) -> int:
    time.sleep(ms / 1000)
    return ms


pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, ms) for ms in (10, 300, 300, 20, 20)]
done, not_done = wait(futures, timeout=0.1)
for fut in done:
    finished.append(fut.result())
if not_done:
    timed_out = 1
pool.shutdown(wait=False, cancel_futures=True)
cancelled = sum(1 for f in futures if f.cancel())
finished_count = len(finished)
print(f"finished={finished} timed_out={timed_out} cancelled={cancelled}")
pool.shutdown(wait=True)
assert timed_out == 1
