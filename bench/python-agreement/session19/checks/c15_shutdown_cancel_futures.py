"""shutdown(cancel_futures=True) cancels the jobs still queued; the running one completes."""
from concurrent.futures import ThreadPoolExecutor
import threading
import time

ran = []
gate = threading.Event()


def job(n):
    if n == 0:
        gate.wait()
        time.sleep(0.01)
    ran.append(n)


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=1)
    futures = [pool.submit(job, n) for n in range(4)]
    gate.set()
    pool.shutdown(wait=True, cancel_futures=True)
    ran_count = len(ran)
