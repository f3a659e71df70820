# Check: concurrent.futures.wait(FIRST_EXCEPTION) returns when a job fails; the slow job is still pending. Bug: none.
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

n_done = 0
n_pending = 0
failed = 0


def fail():
    time.sleep(0.01)
    raise OSError("disk")


def slow():
    time.sleep(0.2)
    return 1


with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(fail), pool.submit(slow)]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    n_done = len(done)
    n_pending = len(pending)
    failed = sum(1 for f in done if f.exception() is not None)

print(f"n_done={n_done} n_pending={n_pending} failed={failed}")
