# `AsyncResult.get(timeout=...)` whose job finishes in time: the results, as `get()` gives them.
from multiprocessing import Pool


def cube(n):
    return n ** 3


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pending = [pool.apply_async(cube, (n,)) for n in range(4)]
        cubes = [p.get(timeout=5) for p in pending]
    total = sum(cubes)
