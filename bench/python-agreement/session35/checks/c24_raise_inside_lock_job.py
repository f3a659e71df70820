"""A pool job raises IndexError inside `with lock:`; the lock is released and the next job gets it."""
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
SHELF = [5]
log = []


def take(i):
    with lock:
        log.append(i)
        return SHELF[i]


with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(take, i) for i in (1, 0)]
got = []
for f in fs:
    if f.exception() is None:
        got.append(f.result())
print(sorted(log), got)
