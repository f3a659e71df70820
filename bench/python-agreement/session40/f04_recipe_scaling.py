# Recipe scaling: each ingredient is scaled in a pool job with integer division and remainders. Bug: none.
from concurrent.futures import ThreadPoolExecutor

recipe = {"flour": 500, "sugar": 125, "eggs": 3, "salt": -7}
SERVES, WANT = 4, 6


def scale(item):
    name, amount = item
    whole, rest = divmod(amount * WANT, SERVES)
    return name, whole, rest


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(scale, item) for item in recipe.items()]
    scaled = {}
    leftovers = {}
    for f in futures:
        name, whole, rest = f.result()
        scaled[name] = whole
        leftovers[name] = rest

neg = scaled["salt"]
neg_mod = -7 % 4
floor_div = -21 // 4
print(f"scaled={scaled} leftovers={leftovers} neg={neg} neg_mod={neg_mod} floor_div={floor_div}")
