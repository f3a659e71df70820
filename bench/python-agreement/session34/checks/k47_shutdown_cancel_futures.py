# shutdown(cancel_futures=True) cancels the jobs not yet started on a one-worker pool.
import threading
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
release = threading.Event()
ran = []
states = []


def job(n):
    if n == 0:
        started.set()
        release.wait()
    ran.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, n) for n in range(3)]
started.wait()
release.set()
pool.shutdown(wait=True, cancel_futures=True)
for f in futures:
    states.append("cancelled" if f.cancelled() else "done")
print(ran, states)
