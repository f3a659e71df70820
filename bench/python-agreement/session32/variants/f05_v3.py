# Download from whichever mirror answers first: wait(FIRST_COMPLETED), then cancel what has not started.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

MIRRORS = [("eu", 0.03), ("us", 0.01), ("asia", 0.05), ("backup", 0.02)]


def download(mirror, delay):
    time.sleep(delay)
    return f"payload from {mirror}"


pool = ThreadPoolExecutor(max_workers=2)
futures = {pool.submit(download, name, delay): name for name, delay in MIRRORS}
done, pending = wait(futures, return_when=FIRST_COMPLETED)
winner = ""
for f in futures:
    if f in done and not winner:
        winner = futures[f]
cancelled = [futures[f] for f in pending if f.cancel()]
pool.shutdown(wait=True)
print("winner", winner)
print("cancelled", sorted(cancelled))
print("ran", sorted(futures[f] for f in futures if not f.cancelled()))
