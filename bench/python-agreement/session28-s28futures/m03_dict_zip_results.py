"""Results kept with `list(ex.map(...))`, then paired with their keys by `dict(zip(keys, results))`
inside a function."""
from concurrent.futures import ThreadPoolExecutor

PRICES = {"apple": 3, "pear": 5, "plum": 2}


def with_tax(item: str) -> int:
    return PRICES[item] * 6 // 5


def priced() -> dict:
    with ThreadPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(with_tax, PRICES, chunksize=2))
    table = dict(zip(PRICES, results))
    return table


final = priced()
print(final)
assert final == {"apple": 3, "pear": 6, "plum": 2}
