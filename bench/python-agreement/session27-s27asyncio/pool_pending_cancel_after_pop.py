# A thread pool's `wait(FIRST_COMPLETED)`, `done.pop()`, then a loop over `pending` cancelling each
# (session21/variants/f05_first_completed_cancel_v1.py with its counts kept in globals): with two
# workers the third job waits in the queue and its cancel succeeds.
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

winner = ""
cancelled_count = 0
pending_count = 0


def mirror(name, delay):
    time.sleep(delay)
    return name


def main():
    global winner, cancelled_count, pending_count
    pool = ThreadPoolExecutor(max_workers=2)
    futures = [pool.submit(mirror, "eu", 0.05), pool.submit(mirror, "us", 0.01), pool.submit(mirror, "asia", 0.2)]
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    winner = done.pop().result()
    for f in pending:
        pending_count += 1
        if f.cancel():
            cancelled_count += 1
    pool.shutdown(wait=True)


main()
print(winner, pending_count, cancelled_count)
