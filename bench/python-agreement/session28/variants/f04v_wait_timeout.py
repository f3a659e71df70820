import time
from concurrent.futures import ThreadPoolExecutor, wait

finished: list[int] = []
timed_out = 0


def fetch(delay_ms: int) -> int:
    time.sleep(delay_ms / 1000)
    return delay_ms


executor = ThreadPoolExecutor(max_workers=4)
futures = {executor.submit(fetch, d): d for d in (30, 10, 400, 20)}
done, not_done = wait(futures, timeout=0.2)
for fut in futures:
    if fut.done():
        finished.append(fut.result())
if not_done:
    timed_out += 1
    print(f"gave up waiting; {len(not_done)} still running")
executor.shutdown(wait=False, cancel_futures=True)

print(f"finished={finished} timed_out={timed_out}")
assert sorted(finished) == [10, 20, 30] and timed_out == 1
