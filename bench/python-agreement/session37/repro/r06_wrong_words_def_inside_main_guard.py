# Wrong words (a refusal, not a silent error): a callback defined with `def` inside the
# `if __name__ == "__main__":` block, above its use. weft (start binary) refuses at 20:59: "`record` is
# not defined (weft reads the program as it stands, top to bottom)" -- it is defined, three lines up.
# CPython: {'a': 2, 'b': 4} every run. The same `def` at the module's top imports and agrees
# (variants/m04_pool_apply_async_v2.py).
import multiprocessing as mp


def double(key, n):
    return key, n * 2


if __name__ == "__main__":
    totals = {}

    def record(result):
        totals[result[0]] = result[1]

    with mp.Pool(processes=2) as pool:
        jobs = [pool.apply_async(double, (k, n), callback=record) for k, n in (("a", 1), ("b", 2))]
        for job in jobs:
            job.wait()
    print(dict(sorted(totals.items())))
