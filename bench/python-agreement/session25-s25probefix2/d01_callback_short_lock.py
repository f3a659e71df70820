# a done callback that takes a lock every holder keeps only to append: imports (weft's callback thread
# can take every order CPython's worker can)
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
log_lock = threading.Lock()


def on_done(future):
    with log_lock:
        log.append(future.result())


def job(n):
    with log_lock:
        log.append(-n)
    return n


pool = ThreadPoolExecutor(max_workers=1)
for n in range(1, 3):
    pool.submit(job, n).add_done_callback(on_done)
pool.shutdown()
total = sum(log)
count = len(log)
print(total, count)
