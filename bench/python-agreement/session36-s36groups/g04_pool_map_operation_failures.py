"""A Pool's `map` of several items whose jobs fail only on an operation (`"n/a" > 25`, a TypeError of
each string): CPython raises the failure that happened first in time, once every job is done; weft
raises the first in the list. Both are TypeErrors of the same text here, so the states agree; a `map`
whose foreseen failures (`raise`) differ is refused (pool_map_failures.rs), one whose failures are
only operations' is not yet (docs/python.md, "Not yet")."""
import multiprocessing

LIMIT = 25


def check(reading):
    return reading > LIMIT


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = pool.map(check, [30, "n/a", 10, "off"])
    print(results)
