# `f in done` and `f not in pending` of wait(FIRST_COMPLETED), walking the dict of futures in its
# (insertion) order (session32/variants/f05_v3): which mirrors had finished when `wait` returned.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

MIRRORS = [("eu", 0.02), ("us", 0.01), ("asia", 0.01), ("backup", 0.04)]
finished = []
still_running = []
first = {"name": ""}


def download(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(download, delay): name for name, delay in MIRRORS}
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    for f in futures:
        if f in done and not first["name"]:
            first["name"] = futures[f]
        if f in done:
            finished.append(futures[f])
        if f not in pending:
            pass
        else:
            still_running.append(futures[f])
print(first, finished, still_running)
