"""zero_div under mp_pool_map_except: `DATA["num"] // 0` raises ZeroDivisionError."""
from multiprocessing import Pool

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["num"] // 0
    return 7


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            log.extend(pool.map(job, ["good", "bad"]))
        except ZeroDivisionError:
            log.append("caught")
    print(sorted(map(str, log)))
