# check: a lambda cannot be pickled, so Pool.map of a lambda fails in CPython
from multiprocessing import Pool

outcome = []

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        try:
            outcome.extend(pool.map(lambda x: x * 2, [1, 2, 3]))
        except Exception as exc:
            outcome.append(type(exc).__name__)
    first = outcome[0]
    print(outcome)
