# `if done:` after `done.pop()` of `wait(FIRST_COMPLETED)`'s `done` holding one future: the set is empty
# then (CPython: more=0). Before session 24 weft took `done` as always true (more=1 under "complete").
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

first = 0
more = 0


def job(n, delay):
    time.sleep(delay)
    return n


def main():
    global first, more
    with ThreadPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(job, 1, 0.01), ex.submit(job, 2, 0.2)]
        done, pending = wait(futures, return_when=FIRST_COMPLETED)
        first = done.pop().result()
        if done:
            more = 1


main()
print(first, more)
