# A list of futures built by `append` in a loop, then `wait(futures)`: every job has finished, and
# each result is read after the wait.
import time
from concurrent.futures import ThreadPoolExecutor, wait

total = 0


def job(n):
    time.sleep(0.01 * (3 - n))
    return n * 10


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = []
    for n in range(3):
        futures.append(pool.submit(job, n))
    wait(futures)
    for f in futures:
        total += f.result()

print(total)
assert total == 30
