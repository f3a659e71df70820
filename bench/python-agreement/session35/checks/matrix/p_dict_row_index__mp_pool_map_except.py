"""dict_row_index under mp_pool_map_except: `DATA["row"][5]` raises IndexError."""
from multiprocessing import Pool

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["row"][5]
    return 7


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            log.extend(pool.map(job, ["good", "bad"]))
        except IndexError:
            log.append("caught")
    print(sorted(map(str, log)))
