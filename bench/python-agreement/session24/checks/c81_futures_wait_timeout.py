"""concurrent.futures.wait(fs, timeout=...) returns what is done by then; the slow job is still running."""
import time
from concurrent.futures import ThreadPoolExecutor, wait


def job(seconds):
    time.sleep(seconds)
    return seconds


with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(job, s) for s in (0.001, 0.002, 0.3)]
    done, not_done = wait(futures, timeout=0.1)
    done_count = len(done)
    pending_count = len(not_done)
print(done_count, pending_count)
