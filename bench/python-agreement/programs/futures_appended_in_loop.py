"""Futures appended in a loop: futures.append(ex.submit(...)), then each result in order."""
from concurrent.futures import ThreadPoolExecutor
import threading
lock = threading.Lock()
count = 0
def job(n):
    global count
    with lock:
        count += n
    return n * 2
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = []
    for i in range(4):
        futures.append(ex.submit(job, i))
    total = 0
    for f in futures:
        total += f.result()
print(count, total)
