"""A done callback appends a future; main prints how many the list holds (0 or 1)."""
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=2)
later = []
seen = 0


def job(n):
    return n * 10


def on_done(fut):
    later.append(pool.submit(job, 2))


first = pool.submit(job, 1)
first.add_done_callback(on_done)
seen = len(later)
pool.shutdown()
print(seen)
