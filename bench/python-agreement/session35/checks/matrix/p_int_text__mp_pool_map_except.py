"""int_text under mp_pool_map_except: `int("x")` raises ValueError."""
from multiprocessing import Pool

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return int("x")
    return 7


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            log.extend(pool.map(job, ["good", "bad"]))
        except ValueError:
            log.append("caught")
    print(sorted(map(str, log)))
