"""callback= and error_callback= as lambdas of the main guard's code.

Each lambda reads `pairs` and `failed` as globals when the result handler calls it, as a def would.
The callbacks run one at a time in the handler thread, so the pairs all arrive; their order is the
order the jobs finished."""
from multiprocessing import Pool

pairs = []
failed = []


def halve(n):
    if n % 2:
        raise ValueError(n)
    return n // 2


if __name__ == "__main__":
    pool = Pool(2)
    for n in range(6):
        pool.apply_async(
            halve,
            (n,),
            callback=lambda half: pairs.append(half * 10),
            error_callback=lambda error: failed.append(str(error)),
        )
    pool.close()
    pool.join()
    print(sorted(pairs), sorted(failed))
    assert sorted(pairs) == [0, 10, 20] and sorted(failed) == ["1", "3", "5"]
