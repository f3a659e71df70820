from concurrent.futures import ThreadPoolExecutor


def mul(a, b):
    return a * b


with ThreadPoolExecutor(max_workers=2) as ex:
    products = list(ex.map(mul, [1, 2, 3], [4, 5, 6]))
total = sum(products)
