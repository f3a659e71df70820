# ordered
# A process job raises a custom exception with an extra attribute; the parent reads str(e) and the class.
from concurrent.futures import ProcessPoolExecutor

log = []


class QuotaError(Exception):
    pass


def job(n):
    if n > 2:
        raise QuotaError(f"over quota {n}")
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        for n in [1, 3]:
            try:
                log.append(pool.submit(job, n).result())
            except QuotaError as e:
                log.append(str(e))
    print(log)
