# A ProcessPoolExecutor job appends to a module list: it changes the worker's copy, not the parent's.
from concurrent.futures import ProcessPoolExecutor

log = []


def job(n):
    log.append(n)
    return n * 2


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(job, [1, 2, 3]))
    log.append(sum(results))
    print(log)
