# `wait(..., FIRST_COMPLETED)` over a list built by `append` in a function: the first job to finish.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

first = 0


def job(n, delay):
    time.sleep(delay)
    return n


def main():
    global first
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = []
        for n, delay in [(0, 0.05), (1, 0.01), (2, 0.03)]:
            futures.append(pool.submit(job, n, delay))
        done, pending = wait(futures, return_when=FIRST_COMPLETED)
        first = done.pop().result()


main()
print(first)
