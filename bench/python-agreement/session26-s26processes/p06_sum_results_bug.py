# BUG: the second map's jobs each see only their own item; the author expected a running total
from multiprocessing import Pool


def cube(n):
    return n ** 3


def add_to_total(n):
    total = 0
    total += n
    return total


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        cubes = pool.map(cube, [1, 2, 3])
        running = pool.map(add_to_total, cubes)
    print(running)
    assert running[-1] == 36, "running total lost"
