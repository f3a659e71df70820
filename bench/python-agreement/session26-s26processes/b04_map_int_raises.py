# BUG: one item is no number: int() raises ValueError in the worker, which map raises again in the parent
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        numbers = pool.map(int, ["1", "x", "3"])
    print(sum(numbers))
