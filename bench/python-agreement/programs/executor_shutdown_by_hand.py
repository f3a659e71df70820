"""An executor made outside a `with` and shut down by hand: `shutdown(wait=True)` waits for the two
jobs submitted before it, so `after_shutdown` sees both increments or lost ones, never a job still
running; a second executor's `shutdown(wait=False)` returns at once, its job finishing before the
program ends."""
from concurrent.futures import ThreadPoolExecutor

count = 0
after_shutdown = 0
late = 0


def bump():
    global count
    c = count
    count = c + 1


def slow_flag():
    global late
    late = 1


ex = ThreadPoolExecutor(2)
f1 = ex.submit(bump)
f2 = ex.submit(bump)
ex.shutdown(wait=True)
after_shutdown = count
other = ThreadPoolExecutor(max_workers=1)
other.submit(slow_flag)
other.shutdown(wait=False)
print(count, after_shutdown, late)
