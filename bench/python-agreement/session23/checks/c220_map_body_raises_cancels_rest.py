# check: an exception raised in the loop body over Executor.map closes its generator: the jobs not yet started are cancelled
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
caught = 0


def job(n):
    ran.append(n)
    time.sleep(0.01)
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    try:
        for v in ex.map(job, [0, 1, 2, 3]):
            if v == 0:
                raise KeyError("stop")
    except KeyError:
        caught = 1
