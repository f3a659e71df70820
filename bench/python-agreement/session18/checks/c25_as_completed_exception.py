# as_completed: an exception from one future is caught per future; the loop goes on.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

good = 0
bad = 0


def job(n):
    time.sleep(0.01 * n)
    if n == 1:
        raise ZeroDivisionError()
    return n


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(job, n) for n in range(3)]
    for f in as_completed(futures):
        try:
            f.result()
            good += 1
        except ZeroDivisionError:
            bad += 1
