"""Executor.map raises a job's exception when the iteration reaches it; earlier results were consumed."""
from concurrent.futures import ThreadPoolExecutor

consumed = []
error_kind = ""


def invert(n):
    return 100 // n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        try:
            for value in pool.map(invert, [5, 2, 0, 4]):
                consumed.append(value)
        except ZeroDivisionError as e:
            error_kind = type(e).__name__
