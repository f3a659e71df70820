"""zero_div under pool_map_except: `DATA["num"] // 0` raises ZeroDivisionError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["num"] // 0
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except ZeroDivisionError:
        log.append("caught")
print(sorted(map(str, log)))
