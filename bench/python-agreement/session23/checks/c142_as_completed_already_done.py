# check: as_completed over futures that all finished before the call yields them in set order (by address), not submit order
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

order = []


def job(n):
    return n


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, n) for n in range(4)]
    time.sleep(0.05)
    for f in as_completed(fs):
        order.append(f.result())
