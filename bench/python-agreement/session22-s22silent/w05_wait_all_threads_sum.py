# concurrent.futures.wait's done, summed and counted: imported.
import time
from concurrent.futures import ThreadPoolExecutor, wait

total = 0
best = 0


def work(x):
    time.sleep(x / 100)
    return x * 10


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(work, n) for n in (3, 1, 2)]
    done, not_done = wait(futures)
    for f in done:
        total += f.result()
        best = max(best, f.result())
