"""A module list bound again to the results of `ex.map` (`squares = []`, then `squares = list(ex.map(...))`):
the module name takes the results (session 13: weft left it empty, silently, while a local took them)."""
from concurrent.futures import ThreadPoolExecutor

squares = []


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=2) as ex:
    squares = list(ex.map(square, range(3)))
print(squares)
