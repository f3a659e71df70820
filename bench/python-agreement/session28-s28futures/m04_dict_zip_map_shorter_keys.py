"""`dict(zip(short, ex.map(f, longer)))`: zip stops after `short`, the map's iterator is dropped and
CPython cancels the jobs not started; weft refuses the form (its rewrite waits for every result)."""
from concurrent.futures import ThreadPoolExecutor

short = ["a", "b"]
longer = [1, 2, 3, 4]


def double(n):
    return n * 2


with ThreadPoolExecutor(max_workers=1) as ex:
    table = dict(zip(short, ex.map(double, longer)))
print(table)
