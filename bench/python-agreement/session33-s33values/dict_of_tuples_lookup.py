# A module dict of tuples (price, stock) read by keys known only at run time, in pool jobs; one job
# asks for a key the dict does not have and fails with KeyError.
from concurrent.futures import ThreadPoolExecutor

CATALOG = {"pen": (120, 3), "ink": (450, 0), "pad": (300, 7)}


def value_of(item):
    price, stock = CATALOG[item]
    return price * stock


worth = {}
failed = []
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [(item, pool.submit(value_of, item)) for item in ["pen", "ink", "cap", "pad"]]
    for item, future in futures:
        try:
            worth[item] = future.result()
        except KeyError:
            failed.append(item)
total = sum(worth.values())
print(total, failed)
