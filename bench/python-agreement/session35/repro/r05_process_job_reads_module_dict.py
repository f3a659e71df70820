"""weft's own "does not load" (unknown name `BONUS_ann`) on a ProcessPoolExecutor job that reads a
module dict of constants by key (`BONUS[name]`), through `submit` or `map`. The same program with
ThreadPoolExecutor imports, and so does a multiprocessing.Process target reading BONUS.
CPython 3.11: prints 105. Found through checks/c22_process_job_typeerror.py."""
from concurrent.futures import ProcessPoolExecutor

BONUS = {"ann": 5, "bo": 7}


def pay(name):
    return 100 + BONUS[name]


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        total = ex.submit(pay, "ann").result()
    print(total)
