# Before session 24 weft's shutdown waited on a future no submit gave when the `if` was not taken: a fault (CPython: ok).
import time
from concurrent.futures import ThreadPoolExecutor

finished = []
flags = []


def job(n):
    finished.append(n)


def main():
    with ThreadPoolExecutor(max_workers=2) as ex:
        if len(flags) > 0:
            ex.submit(job, 1)
    print("end")


main()
