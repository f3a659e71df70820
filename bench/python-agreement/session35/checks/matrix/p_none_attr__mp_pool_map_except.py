"""none_attr under mp_pool_map_except: `DATA["none"].strip()` raises AttributeError."""
from multiprocessing import Pool

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["none"].strip()
    return 7


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            log.extend(pool.map(job, ["good", "bad"]))
        except AttributeError:
            log.append("caught")
    print(sorted(map(str, log)))
