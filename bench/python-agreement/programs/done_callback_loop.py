"""The textbook done-callback loop: `fut = ex.submit(job, n)` then `fut.add_done_callback(record)` in a
`for` over a list, each callback adding its job's result to a total under a lock. The end of the `with`
waits for every job and its callback, so the total is 60 and the count 3 after it, whatever the order."""
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
total = 0
count = 0


def job(n):
    return n * 10


def record(fut):
    global total, count
    with lock:
        total += fut.result()
        count += 1


with ThreadPoolExecutor(max_workers=2) as ex:
    for n in [1, 2, 3]:
        fut = ex.submit(job, n)
        fut.add_done_callback(record)
print(total, count)
assert total == 60 and count == 3
