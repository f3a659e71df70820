"""A worker freed by the first job takes the second a moment after the first's result wakes main:
`b.running()` right after `a.result()` may be False (not picked up yet) or True."""
from concurrent.futures import ThreadPoolExecutor

ran = []


def job(n):
    ran.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=1)
a = pool.submit(job, 1)
b = pool.submit(job, 2)
a.result()
b_running = b.running()
b_done = b.done()
b.result()
pool.shutdown()
print(b_running, b_done)
