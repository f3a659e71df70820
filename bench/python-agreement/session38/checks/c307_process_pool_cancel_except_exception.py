# ordered
# The same with a ProcessPoolExecutor and shutdown(cancel_futures=True).
import time
from concurrent.futures import ProcessPoolExecutor

log = []


def job(n):
    time.sleep(0.05)
    return n


if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=1)
    futures = [pool.submit(job, n) for n in range(3)]
    time.sleep(0.02)
    pool.shutdown(wait=True, cancel_futures=True)
    for f in futures:
        try:
            log.append(f.result())
        except Exception as e:
            log.append(type(e).__name__)
    print(log)
