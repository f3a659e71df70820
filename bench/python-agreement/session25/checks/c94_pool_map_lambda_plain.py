# check: a lambda cannot be pickled, so Pool.map of a lambda fails in CPython (no try)
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        doubled = pool.map(lambda x: x * 2, [1, 2, 3])
    total = sum(doubled)
    print(total)
