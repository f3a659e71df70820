# executor.map over two iterables (zipped, shortest wins).
from concurrent.futures import ThreadPoolExecutor

out = []


def mul(a, b):
    return a * b


with ThreadPoolExecutor(2) as ex:
    for v in ex.map(mul, [1, 2, 3], [10, 20]):
        out.append(v)
print(out)
