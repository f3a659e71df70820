# shutdown(cancel_futures=True) cancels the jobs still queued; the running one finishes
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
started = threading.Event()


def job(n):
    if n == 0:
        started.set()
        time.sleep(0.01)
    ran.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, n) for n in range(4)]
started.wait()
pool.shutdown(wait=True, cancel_futures=True)
cancelled = sum(1 for f in futures if f.cancelled())
print(ran, cancelled)
