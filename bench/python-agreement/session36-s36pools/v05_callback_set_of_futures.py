"""A done callback adds a follow-up future to a module set; main waits on the set."""
from concurrent.futures import ThreadPoolExecutor, wait

pool = ThreadPoolExecutor(max_workers=2)
later = set()
count = 0


def job(n):
    return n * 10


def on_done(fut):
    later.add(pool.submit(job, 2))


first = pool.submit(job, 1)
first.add_done_callback(on_done)
wait([first])
done, _ = wait(later)
count = len(done)
pool.shutdown()
print(count)
