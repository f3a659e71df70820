# `get(timeout)` inside a `try` is refused: `except TimeoutError:` would not catch multiprocessing's.
import multiprocessing
import time


def slow(n):
    time.sleep(0.2)
    return n


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        result = pool.apply_async(slow, (1,))
        try:
            value = result.get(timeout=0.01)
        except multiprocessing.TimeoutError:
            value = -1
        result.get()
