"""A job's exception: future.exception() type and message, result() re-raises it."""
from concurrent.futures import ThreadPoolExecutor

exc_name = ""
exc_text = ""
reraised = ""
good = 0


def divide(a, b):
    return a // b


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        f_bad = pool.submit(divide, 1, 0)
        f_good = pool.submit(divide, 9, 2)
        try:
            f_bad.result()
        except ZeroDivisionError as e:
            exc_name = type(e).__name__
            exc_text = str(e)
        good = f_good.result()
