"""Pool.starmap where two jobs raise: again the first failure by time is re-raised."""
import multiprocessing
import time


def check(n, delay):
    time.sleep(delay)
    raise ValueError(f"item {n}")


if __name__ == "__main__":
    message = ""
    with multiprocessing.Pool(2) as pool:
        try:
            pool.starmap(check, [(1, 0.1), (2, 0.0)])
        except ValueError as error:
            message = str(error)
    print(message)
