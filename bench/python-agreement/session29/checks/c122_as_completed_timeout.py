import time
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

got = []
timed_out = 0


def nap(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(nap, 0.001), ex.submit(nap, 0.1)]
    try:
        for f in as_completed(futs, timeout=0.03):
            got.append(f.result())
    except TimeoutError:
        timed_out = 1
print(len(got), timed_out)
