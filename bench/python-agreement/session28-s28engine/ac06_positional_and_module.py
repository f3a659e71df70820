"""as_completed(fs, t) with the time-out as its second argument, caught as concurrent.futures.TimeoutError."""
import concurrent.futures
import time


def job(ms: int) -> int:
    time.sleep(ms / 1000)
    return ms


total = 0
timed_out = False
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, ms) for ms in (20, 10, 300)]
    try:
        for future in concurrent.futures.as_completed(futures, 0.15):
            total += future.result()
    except concurrent.futures.TimeoutError:
        timed_out = True
print(f"total={total} timed_out={timed_out}")
