"""Pool.map_async(...).get() where two jobs raise: the first failure by time is re-raised."""
import multiprocessing
import time


def check(n):
    if n == 1:
        time.sleep(0.1)
    raise ValueError(f"item {n}")


if __name__ == "__main__":
    message = ""
    with multiprocessing.Pool(2) as pool:
        pending = pool.map_async(check, [1, 2])
        try:
            pending.get()
        except ValueError as error:
            message = str(error)
    print(message)
