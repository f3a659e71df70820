# `[f.cancel() for f in pending]` over the `not_done` set of `wait(FIRST_COMPLETED)`: the list is in
# the set's order (CPython's hash table's); its counts are not, and weft keeps those.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

winner = ""
cancelled_count = 0
kept_count = 0
listed = 0


def mirror(name, delay):
    time.sleep(delay)
    return name


def main():
    global winner, cancelled_count, kept_count, listed
    pool = ThreadPoolExecutor(max_workers=2)
    futures = [
        pool.submit(mirror, "eu", 0.05),
        pool.submit(mirror, "us", 0.01),
        pool.submit(mirror, "asia", 0.02),
        pool.submit(mirror, "sa", 0.03),
    ]
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    winner = done.pop().result()
    cancelled = [f.cancel() for f in pending]
    pool.shutdown(wait=True)
    cancelled_count = cancelled.count(True)
    kept_count = cancelled.count(False)
    listed = len(cancelled)
    assert sum(cancelled) == cancelled_count


main()
print(winner, cancelled_count, kept_count, listed)
