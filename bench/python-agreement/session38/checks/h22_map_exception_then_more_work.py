# Executor.map raises at the failing item; the loop stops there, but the jobs already submitted go on
# running and their side effects happen before the pool's exit returns.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

log = []
done = []
lock = threading.Lock()


def resize(n):
    time.sleep(0.001 * n)
    if n == 2:
        raise ValueError(n)
    with lock:
        done.append(n)
    return n * 10


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(resize, [1, 2, 3, 4]):
            log.append(value)
    except ValueError:
        log.append("failed")
log.append(len(done))
print(log)
