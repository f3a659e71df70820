# check: breaking out of a loop over Executor.map closes its generator, which cancels the jobs not yet started
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
first = None


def job(n):
    ran.append(n)
    time.sleep(0.01)
    return n * 10


with ThreadPoolExecutor(max_workers=1) as ex:
    for v in ex.map(job, [0, 1, 2, 3]):
        first = v
        break
