# A pool job returns a status and a pair; the caller unpacks both levels at once
# (`status, (count, ratio) = future.result()`), refused at the start of session 38 ("binds plain names
# only"). The inner pair is taken apart after `status` is bound, as CPython does.
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
calls = 0


def job(n):
    global calls
    with lock:
        calls += 1
    if n % 2:
        return ("odd", (n, n * 3))
    return ("even", (n, n // 2))


totals = {"odd": 0, "even": 0}
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, n) for n in (1, 2, 3)]
    for future in futures:
        status, (count, ratio) = future.result()
        totals[status] += count + ratio
print(calls, totals)
