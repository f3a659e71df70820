# wait(FIRST_COMPLETED) over jobs of one length: done may hold several, in the set's order.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

order = []


def work(x):
    time.sleep(0.02)
    return x


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(work, n) for n in (3, 1, 2)]
    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    for f in done:
        order.append(f.result())
