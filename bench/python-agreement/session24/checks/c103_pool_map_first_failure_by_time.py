"""Pool.map where two jobs raise: the exception re-raised is the first to *happen*, not the first in the list."""
import multiprocessing
import time


def check(n):
    if n == 1:
        time.sleep(0.1)
    raise ValueError(f"item {n}")


if __name__ == "__main__":
    message = ""
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, [1, 2])
        except ValueError as error:
            message = str(error)
    print(message)
