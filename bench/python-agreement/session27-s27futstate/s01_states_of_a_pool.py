import time
from concurrent.futures import ThreadPoolExecutor

def job(n):
    time.sleep(0.01 * n)
    return n

with ThreadPoolExecutor(max_workers=1) as pool:
    a = pool.submit(job, 1)
    b = pool.submit(job, 2)
    a_running = a.running()
    b_pending = not b.running()
    b_cancelled = b.cancel()
    b_state = b.cancelled()
    first_done = a.done()
    if b.done():
        n = 1
    else:
        n = 0
    a.result()
    after = a.done()
print(a_running, b_pending, b_cancelled, b_state, first_done, n, after)
