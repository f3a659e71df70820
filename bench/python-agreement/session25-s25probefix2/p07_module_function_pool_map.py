# a module-level function given to Pool.map: picklable, imports as before
from multiprocessing import Pool


def double(x):
    return x * 2


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        doubled = pool.map(double, [1, 2, 3])
    total = sum(doubled)
    print(total)
