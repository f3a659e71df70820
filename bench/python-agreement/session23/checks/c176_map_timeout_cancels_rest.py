# check: Executor.map(timeout=...) that times out cancels the jobs not yet started
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

ran = []
late = 0


def job(n):
    ran.append(n)
    time.sleep(0.03)
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    try:
        for v in ex.map(job, [0, 1, 2], timeout=0.01):
            pass
    except TimeoutError:
        late = 1
