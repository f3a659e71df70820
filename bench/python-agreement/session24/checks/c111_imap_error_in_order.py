"""Pool.imap raises a job's error when iteration reaches that item, after the items before it."""
import multiprocessing


def job(n):
    if n == 2:
        raise KeyError(n)
    return n * 10


if __name__ == "__main__":
    got = []
    failed = 0
    with multiprocessing.Pool(2) as pool:
        try:
            for value in pool.imap(job, [0, 1, 2, 3]):
                got.append(value)
        except KeyError:
            failed = 1
    print(got, failed)
