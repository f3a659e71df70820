import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def query_mirror(name, delay):
    time.sleep(delay)
    return name


mirrors = {"eu": 0.002, "us": 0.05, "asia": 0.08}
pool = ThreadPoolExecutor(max_workers=1)
futures = {pool.submit(query_mirror, name, delay): name for name, delay in mirrors.items()}
done, pending = wait(futures, return_when=FIRST_COMPLETED)
winner = next(iter(done)).result()
cancelled = []
for f in futures:
    if f in pending and f.cancel():
        cancelled.append(futures[f])
pool.shutdown(wait=True)
print("winner", winner, "cancelled", sorted(cancelled), "pending", len(pending))
