# Pool jobs classify numbers; the caller counts the distinct classes with len({...}) and lists them with
# sorted({...}), set comprehensions over the results whose order CPython does not fix, read only where
# the order does not matter.
from concurrent.futures import ThreadPoolExecutor


def classify(n):
    if n % 15 == 0:
        return "fizzbuzz"
    if n % 3 == 0:
        return "fizz"
    if n % 5 == 0:
        return "buzz"
    return "number"


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(classify, n) for n in [3, 5, 6, 7, 9, 10]]
kinds = len({f.result() for f in futures})
names = sorted({f.result() for f in futures if f.result() != "number"})
print(kinds, names)
