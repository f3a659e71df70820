# executor.map whose second item raises: the loop gets the first result, then the exception.
from concurrent.futures import ThreadPoolExecutor

got = []
error = ""


def inv(n):
    return 10 // n


with ThreadPoolExecutor(2) as ex:
    try:
        for v in ex.map(inv, [5, 0, 2]):
            got.append(v)
    except ZeroDivisionError:
        error = "zero"
print(got, error)
