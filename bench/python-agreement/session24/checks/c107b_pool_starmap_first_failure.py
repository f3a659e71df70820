"""Pool.starmap where two jobs raise: the first failure by time is re-raised."""
import multiprocessing
import time


def check(n, slow):
    if slow:
        time.sleep(0.1)
    raise ValueError(f"item {n}")


if __name__ == "__main__":
    message = ""
    with multiprocessing.Pool(2) as pool:
        try:
            pool.starmap(check, [(1, 1), (2, 0)])
        except ValueError as error:
            message = str(error)
    print(message)
