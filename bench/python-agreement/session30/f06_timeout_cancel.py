import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError, wait


def job(n):
    time.sleep(0.002 * n)
    return n * 10


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(job, n) for n in (1, 2, 3, 4)]

# give the queue a short budget, then cancel what has not started
done, pending = wait(futures, timeout=0.0045)
cancelled = [f.cancel() for f in pending]

slow = pool.submit(job, 50)
try:
    value = slow.result(timeout=0.01)
except TimeoutError:
    value = "timeout"
    slow.cancel()

pool.shutdown(wait=True)

finished = [f.result() for f in futures if not f.cancelled()]
print("finished:", finished)
print("cancelled:", sum(cancelled), "slow:", value)
