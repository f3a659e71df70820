# check: done.pop() of concurrent.futures.wait when every job finished before the call takes the set's element
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

winner = -1


def job(n):
    return n


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, n) for n in range(3)]
    time.sleep(0.02)
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    winner = done.pop().result()
