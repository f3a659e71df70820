# ordered
# Jobs queued behind a blocked worker are cancelled from the main thread; shutdown skips them.
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
gate = threading.Event()


def job(n):
    if n == 0:
        gate.wait()
    log.append(n)
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    futures = [pool.submit(job, n) for n in range(3)]
    cancelled = [f.cancel() for f in futures[1:]]
    gate.set()
log.append(cancelled.count(True))
print(log)
