"""A done callback stores a follow-up future in a module dict; main reads it after a sleep."""
import time
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=2)
later = {}
total = 0


def job(n):
    return n * 10


def on_done(fut):
    later["next"] = pool.submit(job, 2)


first = pool.submit(job, 1)
first.add_done_callback(on_done)
time.sleep(0.01)
if "next" in later:
    total = later["next"].result()
pool.shutdown()
print(total)
