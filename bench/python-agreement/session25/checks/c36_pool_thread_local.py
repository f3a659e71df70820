# check: a pool's worker thread is reused, so its threading.local data carries over from task to task
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
seen = []


def task(n):
    local.count = getattr(local, "count", 0) + 1
    seen.append(local.count)
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    for n in range(3):
        pool.submit(task, n).result()
last = seen[-1]
print(seen)
