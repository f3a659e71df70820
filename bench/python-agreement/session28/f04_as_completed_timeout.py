import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed

finished: list[int] = []
timed_out = 0


def fetch(delay_ms: int) -> int:
    time.sleep(delay_ms / 1000)
    return delay_ms


executor = ThreadPoolExecutor(max_workers=4)
futures = {executor.submit(fetch, d): d for d in (30, 10, 400, 20)}
try:
    for fut in as_completed(futures, timeout=0.2):
        finished.append(fut.result())
except TimeoutError:
    timed_out += 1
    print(f"gave up waiting; {len(futures) - len(finished)} still running")
executor.shutdown(wait=False, cancel_futures=True)

print(f"finished={finished} timed_out={timed_out}")
assert finished == [10, 20, 30] and timed_out == 1
