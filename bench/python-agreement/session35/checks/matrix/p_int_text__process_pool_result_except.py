"""int_text under process_pool_result_except: `int("x")` raises ValueError."""
from concurrent.futures import ProcessPoolExecutor

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return int("x")
    return 7


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(job, k) for k in ("good", "bad")]
        for f in futures:
            try:
                log.append(f.result())
            except ValueError:
                log.append("caught")
    print(sorted(map(str, log)))
