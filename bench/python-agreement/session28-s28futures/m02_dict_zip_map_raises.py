"""`dict(zip(keys, ex.map(f, keys)))` where one job raises: the exception comes out of `dict(...)`
at its turn (after the earlier results), uncaught: the program ends with it once the pool's `with`
has waited for every job."""
from concurrent.futures import ThreadPoolExecutor

keys = [1, 2, 3, 4]
done = []


def invert(n: int) -> int:
    if n == 3:
        raise ZeroDivisionError("three")
    done.append(n)
    return 12 // n


with ThreadPoolExecutor(max_workers=2) as ex:
    table = dict(zip(keys, ex.map(invert, keys)))
print(table)
