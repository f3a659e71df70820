"""Pool.map over a range: results come back in the order of the inputs."""
from multiprocessing import Pool

results = []


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        results = pool.map(square, range(6))
    assert results == [0, 1, 4, 9, 16, 25]
