# concurrent.futures.wait's done into a list: refused.
import time
from concurrent.futures import ThreadPoolExecutor, wait

order = []


def work(x):
    time.sleep(x / 100)
    return x * 10


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(work, n) for n in (3, 1, 2)]
    done, not_done = wait(futures)
    for f in done:
        order.append(f.result())
