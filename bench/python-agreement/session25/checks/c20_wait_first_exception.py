# check: concurrent.futures.wait with FIRST_EXCEPTION returns once a task fails
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait


def task(n):
    time.sleep(n / 100)
    if n == 2:
        raise RuntimeError("two")
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(task, n) for n in (1, 2, 20)]
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    done_count = len(done)
    pending_count = len(not_done)
print(done_count, pending_count)
