"""ProcessPoolExecutor.map with a chunksize: refused, saying why (a job per chunk)."""
from concurrent.futures import ProcessPoolExecutor


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        squares = list(ex.map(square, [1, 2, 3, 4], chunksize=2))
    print(squares)
