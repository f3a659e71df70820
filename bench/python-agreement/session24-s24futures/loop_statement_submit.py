# Before session 24 weft's shutdown waited for the last future only: seen=1 was listed (CPython: seen=2).
import time
from concurrent.futures import ThreadPoolExecutor

finished = []
submitted = []
seen = -1


def job(n):
    time.sleep(0.05 if n == 0 else 0.001)
    finished.append(n)


def main():
    global seen
    with ThreadPoolExecutor(max_workers=2) as ex:
        while len(submitted) < 2:
            ex.submit(job, len(submitted))
            submitted.append(1)
    seen = len(finished)


main()
