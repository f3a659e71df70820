"""AsyncResult.ready() before and after wait(), successful() of a job that raises."""
from multiprocessing import Pool


def check(x):
    if x < 0:
        raise ValueError(x)
    return x


if __name__ == "__main__":
    with Pool(2) as pool:
        good = pool.apply_async(check, (3,))
        bad = pool.apply_async(check, (-1,))
        good.wait()
        bad.wait()
        flags = [good.ready(), bad.ready(), good.successful(), bad.successful()]
    print(flags)
