"""Pool.imap_unordered yields results as they finish: the slow first item comes last."""
import multiprocessing
import time


def job(n):
    if n == 0:
        time.sleep(0.1)
    return n


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        order = list(pool.imap_unordered(job, [0, 1, 2]))
    first = order[0]
    last = order[-1]
    print(order)
