# Two workers, four jobs, each future's done callback counts without a lock, and the job after it in
# the same worker waits for nothing. CPython runs each callback in the worker that ran the job, right
# after it (before that worker takes its next job), so two callbacks can interleave only across the
# two workers: calls is 4 in nearly every run, lower when two callbacks' read and write interleave.
from concurrent.futures import ThreadPoolExecutor

calls = 0


def job(n):
    return n


def on_done(fut):
    global calls
    seen = calls
    calls = seen + 1


executor = ThreadPoolExecutor(max_workers=2)
for n in range(4):
    future = executor.submit(job, n)
    future.add_done_callback(on_done)
executor.shutdown(wait=True)
print(calls)
