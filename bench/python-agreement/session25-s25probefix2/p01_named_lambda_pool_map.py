# a lambda bound to a name, then given to Pool.map: CPython cannot pickle it (PicklingError, every run)
from multiprocessing import Pool

double = lambda x: x * 2  # noqa: E731

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        doubled = pool.map(double, [1, 2, 3])
    total = sum(doubled)
    print(total)
