# check: a function defined inside another cannot be pickled: Pool.map of it fails in CPython
from multiprocessing import Pool


def run(factor):
    def scale(x):
        return x * factor

    with Pool(processes=2) as pool:
        return pool.map(scale, [1, 2, 3])


if __name__ == "__main__":
    scaled = run(3)
    total = sum(scaled)
    print(total)
