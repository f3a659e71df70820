"""wait(FIRST_EXCEPTION) where a job compares None < 3: it returns at the failure."""
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

LEVELS = [None, 5]
n_done = 0
n_pending = 0


def check(i):
    if i == 1:
        time.sleep(0.05)
    return LEVELS[i] < 3


with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(check, i) for i in range(2)]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    n_done = len(done)
    n_pending = len(pending)
print(n_done, n_pending)
