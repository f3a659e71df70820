# Pool.map re-raises a job's exception in the parent
from multiprocessing import Pool

outcome = "none"


def invert(n):
    return 60 // n


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            values = pool.map(invert, [1, 2, 0])
            outcome = "values"
        except ZeroDivisionError:
            outcome = "zero division"
    print(outcome)
