"""none_add under pool_map_except: `DATA["none"] + 1` raises TypeError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["none"] + 1
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except TypeError:
        log.append("caught")
print(sorted(map(str, log)))
