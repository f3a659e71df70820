# wait with a time-out: the sum over done is order-free, imported.
import time
from concurrent.futures import ThreadPoolExecutor, wait

total = 0


def work(x):
    time.sleep(x / 20)
    return x * 10


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(work, n) for n in (3, 1, 2)]
    done, not_done = wait(futures, timeout=1)
    for f in done:
        total += f.result()
