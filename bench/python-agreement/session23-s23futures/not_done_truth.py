# `if pending:` over the `not_done` of `wait(FIRST_COMPLETED)`: empty when both jobs had finished when
# the waiter woke (two jobs of the same 10 ms). Before session 23 weft took it as always true.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

n = 0
m = 0
k = 0


def mirror(name, delay):
    time.sleep(delay)
    return name


def main():
    global n, m, k
    pool = ThreadPoolExecutor(max_workers=2)
    futs = [pool.submit(mirror, "eu", 0.01), pool.submit(mirror, "us", 0.01)]
    done, pending = wait(futs, return_when=FIRST_COMPLETED)
    cancelled = [f.cancel() for f in pending]
    if pending:
        n = 1
    if not cancelled:
        m = 1
    k = 1 if cancelled else 2
    pool.shutdown()

main()
