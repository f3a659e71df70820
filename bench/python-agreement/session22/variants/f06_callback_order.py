# BUG: order violation: wait() can return before the done-callbacks of the last futures have run, so `finished` may be short
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

finished = []
lock = threading.Lock()


def on_done(fut):
    with lock:
        finished.append(fut.result())


def job(n):
    time.sleep(0.01)
    return n * 2


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, n) for n in range(3)]
    for f in futures:
        f.add_done_callback(on_done)
    wait(futures)
    seen = sorted(finished)

print(seen)
assert seen == [0, 2, 4], seen
