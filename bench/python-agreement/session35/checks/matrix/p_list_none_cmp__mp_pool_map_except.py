"""list_none_cmp under mp_pool_map_except: `NONES[0] > 25` raises TypeError."""
from multiprocessing import Pool

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return NONES[0] > 25
    return 7


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            log.extend(pool.map(job, ["good", "bad"]))
        except TypeError:
            log.append("caught")
    print(sorted(map(str, log)))
