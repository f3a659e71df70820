"""none_attr under pool_map_except: `DATA["none"].strip()` raises AttributeError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["none"].strip()
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except AttributeError:
        log.append("caught")
print(sorted(map(str, log)))
