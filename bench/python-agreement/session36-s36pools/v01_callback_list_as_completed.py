"""A done callback appends a follow-up future to a module list; main walks it with as_completed."""
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

pool = ThreadPoolExecutor(max_workers=2)
later = []
total = 0


def job(n):
    return n * 10


def on_done(fut):
    later.append(pool.submit(job, 2))


first = pool.submit(job, 1)
first.add_done_callback(on_done)
wait([first])
for f in as_completed(later):
    total += f.result()
pool.shutdown()
print(total)
