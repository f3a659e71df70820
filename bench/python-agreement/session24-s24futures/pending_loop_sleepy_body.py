# The `while pending:` loop over `wait(FIRST_COMPLETED)` whose body sleeps: jobs 2 and 3 finish
# 40 ms apart during the first pass's sleep, so the second pass's `done` holds both, walked in the
# set's order (CPython: [1, 2, 3] or [1, 3, 2]). Before session 24 weft listed [1, 2, 3] only under
# "complete"; refused now (the body appends in the loop's order).
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

order = []


def job(n, delay):
    time.sleep(delay)
    return n


def main():
    with ThreadPoolExecutor(max_workers=3) as ex:
        pending = [ex.submit(job, 1, 0.01), ex.submit(job, 2, 0.03), ex.submit(job, 3, 0.07)]
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                order.append(f.result(timeout=1))
                time.sleep(0.1)


main()
print(order)
