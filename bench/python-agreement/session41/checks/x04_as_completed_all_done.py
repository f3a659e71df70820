# check: as_completed over futures that are all already finished yields them in set order
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

order = []


def job(n):
    return n


with ThreadPoolExecutor(max_workers=4) as pool:
    futs = [pool.submit(job, n) for n in range(6)]
    time.sleep(0.05)
    for f in as_completed(futs):
        order.append(f.result())
print(order)
