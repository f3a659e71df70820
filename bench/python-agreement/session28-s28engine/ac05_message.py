"""The message of as_completed's TimeoutError: how many futures were not yielded, of how many."""
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed


def job(ms: int) -> int:
    time.sleep(ms / 1000)
    return ms


count = 0
message = ""
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, ms) for ms in (10, 400, 500)]
    try:
        for future in as_completed(futures, timeout=0.1):
            count += 1
    except TimeoutError as error:
        message = str(error)
print(f"count={count} message={message}")
