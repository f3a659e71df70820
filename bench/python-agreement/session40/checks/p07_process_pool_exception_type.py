# Check: a ProcessPoolExecutor job raising a custom exception: the parent catches the same class. Bug: none.
from concurrent.futures import ProcessPoolExecutor


class QuotaExceeded(Exception):
    pass


caught = 0
ok_sum = 0


def take(n):
    if n > 5:
        raise QuotaExceeded(n)
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futs = [pool.submit(take, n) for n in (1, 9, 3)]
        for f in futs:
            try:
                ok_sum += f.result()
            except QuotaExceeded:
                caught += 1
    print(f"caught={caught} ok_sum={ok_sum}")
