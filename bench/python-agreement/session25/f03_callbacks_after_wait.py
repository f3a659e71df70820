# BUG: order violation: wait() can return before done-callbacks have run, so the log may be short
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

log = []
log_lock = threading.Lock()


def on_done(future):
    with log_lock:
        log.append(future.result())


def job(n):
    time.sleep(0.001 * n)
    return n * 10


pool = ThreadPoolExecutor(max_workers=2)
futures = []
for n in range(4):
    f = pool.submit(job, n)
    f.add_done_callback(on_done)
    futures.append(f)

wait(futures)
seen = len(log)
pool.shutdown()
print("callbacks seen at wait:", seen, "after shutdown:", sorted(log))
assert seen == 4, "wait returned before every callback ran"
