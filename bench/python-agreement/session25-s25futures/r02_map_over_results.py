"""`map` over a list of results, alone and zipped with a string and a list known at import time."""
from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


def describe(pair):
    name, value = pair
    return f"{name}={value}"


def scaled(value, factor):
    return value * factor


with ThreadPoolExecutor(max_workers=2) as pool:
    squares = list(pool.map(square, range(5)))
    labels = list(pool.map(describe, zip("abc", squares)))
    doubled = list(pool.map(square, squares))
    pairs = list(pool.map(describe, zip(squares, ["x", "y"])))
total = sum(doubled)
joined = ", ".join(labels) + ";" + ",".join(pairs)
print(joined, total)
assert labels == ["a=0", "b=1", "c=4"]
