# concurrent.futures.wait(timeout=) returns the done and the not-done sets when the time is up
import time
from concurrent.futures import ThreadPoolExecutor, wait

with ThreadPoolExecutor(3) as pool:
    futures = [pool.submit(time.sleep, d) for d in (0.001, 0.002, 0.1)]
    done, not_done = wait(futures, timeout=0.03)
    n_done = len(done)
    n_not_done = len(not_done)
print(n_done, n_not_done)
