"""shutdown(cancel_futures=True) cancels the jobs still queued; the running one finishes."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
started = threading.Event()


def job(n):
    started.set()
    time.sleep(0.02)
    ran.append(n)


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=1)
    futures = [pool.submit(job, n) for n in range(3)]
    started.wait()
    pool.shutdown(wait=True, cancel_futures=True)
    cancelled = sum(1 for f in futures if f.cancelled())
