# wait(FIRST_EXCEPTION) where none fails: every future is in done, walked into a list.
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

order = []


def work(x):
    time.sleep(x / 100)
    return x * 10


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(work, n) for n in (3, 1, 2)]
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    for f in done:
        order.append(f.result())
