# An order-free loop over a timed `done` (a sum) imports; the main thread sleeps before waiting, so
# `done` holds the two quick jobs (finished 40 ms apart) and not the slow one.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

total = 0
left = 0


def job(n, delay):
    time.sleep(delay)
    return n


def main():
    global total, left
    with ThreadPoolExecutor(max_workers=3) as ex:
        futures = [ex.submit(job, 1, 0.01), ex.submit(job, 10, 0.05), ex.submit(job, 100, 0.3)]
        time.sleep(0.1)
        done, pending = wait(futures, timeout=0.5, return_when=FIRST_COMPLETED)
        for f in done:
            total += f.result()
        left = len(pending)


main()
print(total, left)
