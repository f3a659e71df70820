# The callback's future is also waited for by main: CPython wakes main as soon as the result is set,
# before the worker runs the callback, so main can read `seen` before or after the callback (0 or 1).
# weft keeps the callback a thread of its own here (not the job's tail, which would wake main late).
from concurrent.futures import ThreadPoolExecutor

seen = 0


def job():
    return 5


def mark(fut):
    global seen
    seen = fut.result()


executor = ThreadPoolExecutor(max_workers=1)
future = executor.submit(job)
future.add_done_callback(mark)
value = future.result()
early = seen
executor.shutdown(wait=True)
print(value, early, seen)
