"""dict_row_index under pool_map_except: `DATA["row"][5]` raises IndexError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["row"][5]
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except IndexError:
        log.append("caught")
print(sorted(map(str, log)))
