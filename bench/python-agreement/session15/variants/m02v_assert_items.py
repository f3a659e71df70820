# variant of m02 (list == list display refused): compare the sum -- no bug: Pool.map squares numbers in worker processes; results come back in order
from multiprocessing import Pool


def cube(x):
    return x * x * x


results = []

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        results = pool.map(cube, [1, 2, 3, 4])
    assert sum(results) == 100
