"""Refused: a process pool's job is marked running when CPython moves it into the call queue."""
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(square, 3)
        g = pool.submit(square, 4)
        started = g.running()
        f.result()
    print(started)
