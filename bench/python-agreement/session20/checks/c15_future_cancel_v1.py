"""Future.cancel() of jobs still pending in a one-worker pool; a running job cannot be cancelled."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
cancel_results = []
ran = []


def job(n):
    if n == 0:
        started.set()
        time.sleep(0.02)
    ran.append(n)
    return n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(job, n) for n in range(3)]
        started.wait()
        for f in futures:
            ok = f.cancel()
            cancel_results.append(1 if ok else 0)
