import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed

got = []


def job(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(job, d) for d in (0.01, 0.2)]
    try:
        for f in as_completed(futs, timeout=0.05):
            got.append(int(f.result() * 100))
    except TimeoutError:
        got.append(-1)
print(got)
