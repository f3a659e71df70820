import time
from concurrent.futures import ThreadPoolExecutor

finish = []

def job(n):
    time.sleep(0.01 * (3 - n))
    finish.append(n)
    return n * n

with ThreadPoolExecutor(max_workers=3) as ex:
    squares = list(ex.map(job, range(3)))
