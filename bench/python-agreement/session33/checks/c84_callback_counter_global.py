import time
from concurrent.futures import ThreadPoolExecutor

completed = 0
snapshots = []


def job(n):
    return n


def callback(fut):
    global completed
    completed += 1


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = []
    for n in range(2):
        futures.append(pool.submit(job, n))
    time.sleep(0.01)
    for f in futures:
        f.add_done_callback(callback)
        snapshots.append(completed)
print(completed, snapshots)
