"""as_completed over jobs where one compares None > 25: the loop reads each future's exception."""
from concurrent.futures import ThreadPoolExecutor, as_completed

READINGS = [30, None, 12]
alerts = 0
broken = 0


def hot(i):
    return READINGS[i] > 25


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(hot, i) for i in range(3)]
    for f in as_completed(futures):
        if f.exception() is not None:
            broken += 1
        elif f.result():
            alerts += 1
print(alerts, broken)
