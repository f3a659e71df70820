# Pool.apply_async of a lambda calling a module function: the lambda still cannot be pickled
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pending = pool.apply_async(lambda: square(4))
        value = pending.get()
    print(value)
