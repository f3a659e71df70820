"""`total += future.result()` reads `total` before it waits for the result (Python evaluates the target of
an augmented assignment first), so what the job adds to `total` while main waits is lost: CPython prints
total: 5 (the job's 10 overwritten); `weft explore` lists 5 and, when the job ends before main reads, 15."""
import time
from concurrent.futures import ThreadPoolExecutor

total = 0


def job():
    global total
    time.sleep(0.01)
    total += 10
    return 5


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(job)
    total += future.result()
print("total:", total)
