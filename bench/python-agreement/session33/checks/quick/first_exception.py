import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
def job(n):
    time.sleep(0.01 * n)
    if n == 1:
        raise ValueError(n)
    return n
with ThreadPoolExecutor(3) as pool:
    fs = [pool.submit(job, n) for n in (1, 3, 5)]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    n_done = len(done)
print(n_done)
