"""Pool(1).map over 10 items runs them in chunks of 3: a failure at item 1 skips item 2 (same chunk) but
not the later chunks; the module-level Value (inherited by fork) counts the items that ran."""
import multiprocessing

ran = multiprocessing.Value("i", 0)


def job(n):
    with ran.get_lock():
        ran.value += 1
    if n == 1:
        raise ValueError(n)
    return n


if __name__ == "__main__":
    failed = 0
    with multiprocessing.Pool(1) as pool:
        try:
            pool.map(job, range(10))
        except ValueError:
            failed = 1
    count = ran.value
    print(failed, count)
