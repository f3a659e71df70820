# The winner of wait(FIRST_COMPLETED) looked up in a dict of futures in one expression:
# `futures[next(iter(done))]` (session32/f05's line 16), then the rest cancelled.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

MIRRORS = [("eu", 0.03), ("us", 0.01), ("asia", 0.05)]
result = {}


def download(delay):
    time.sleep(delay)
    return int(delay * 1000)


pool = ThreadPoolExecutor(max_workers=3)
futures = {pool.submit(download, delay): name for name, delay in MIRRORS}
done, pending = wait(futures, return_when=FIRST_COMPLETED)
result["winner"] = futures[next(iter(done))]
result["finished"] = len(done)
for f in pending:
    f.cancel()
pool.shutdown(wait=True)
print(result)
