# Expected: multiprocessing.Pool.map computes the squares in order (result == [1, 4, 9, 16], total == 30); no bug
from multiprocessing import Pool

result = []
total = 0


def f(x):
    return x * x


if __name__ == "__main__":
    with Pool(2) as p:
        result = p.map(f, [1, 2, 3, 4])
    total = sum(result)
    print(result, total)
