# check: a return out of a loop over Executor.map inside a function closes the generator: later jobs are cancelled
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
found = -1


def job(n):
    ran.append(n)
    time.sleep(0.01)
    return n


def first_match(ex):
    for v in ex.map(job, [0, 1, 2, 3]):
        if v == 0:
            return v
    return -1


with ThreadPoolExecutor(max_workers=1) as ex:
    found = first_match(ex)
