"""weft: its own "does not load" (unknown name `later2`) at `wait(later)`, a list a done callback appends a future to.
The same without the wait (`for f in later: total += f.result()`): "unknown name `later2`" at the loop
(variants/f02_v3.py).
CPython 3.11: prints 1 (or 0 when wait([first]) returns before the callback ran): the program runs."""
from concurrent.futures import ThreadPoolExecutor, wait

pool = ThreadPoolExecutor(max_workers=2)
later = []


def job(n):
    return n * 10


def on_done(fut):
    later.append(pool.submit(job, 2))


first = pool.submit(job, 1)
first.add_done_callback(on_done)
wait([first])
wait(later)
print(len(later))
pool.shutdown()
