# executor.map(..., timeout=) raises TimeoutError when the next result is late; earlier results are kept
import time
from concurrent.futures import ThreadPoolExecutor

got = []
timed_out = False


def work(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for r in pool.map(work, [0.001, 0.2], timeout=0.05):
            got.append(r)
    except TimeoutError:
        timed_out = True
print(got, timed_out)
