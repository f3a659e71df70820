"""list_index under process_pool_result_except: `ROW[5]` raises IndexError."""
from concurrent.futures import ProcessPoolExecutor

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return ROW[5]
    return 7


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(job, k) for k in ("good", "bad")]
        for f in futures:
            try:
                log.append(f.result())
            except IndexError:
                log.append("caught")
    print(sorted(map(str, log)))
