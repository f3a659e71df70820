# Check: a module global changed after the pool's workers were forked is not seen by them. Bug: stale global in worker processes.
from concurrent.futures import ProcessPoolExecutor

factor = 1
first = 0
second = 0


def scale(x):
    return x * factor


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        first = pool.submit(scale, 3).result()
        factor = 100
        second = pool.submit(scale, 3).result()
    print(f"first={first} second={second}")
