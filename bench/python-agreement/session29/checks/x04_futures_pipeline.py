from concurrent.futures import ThreadPoolExecutor, as_completed

prices = {"apple": 3, "pear": 5, "fig": 7}
totals = {}


def price_of(item, qty):
    if item not in prices:
        raise KeyError(item)
    return prices[item] * qty


orders = [("apple", 2), ("kiwi", 1), ("fig", 3), ("pear", 1)]
missing = 0
with ThreadPoolExecutor(max_workers=2) as pool:
    futs = {pool.submit(price_of, item, qty): item for item, qty in orders}
    for fut in as_completed(futs):
        item = futs[fut]
        try:
            totals[item] = fut.result()
        except KeyError:
            missing += 1
grand = sum(totals.values())
print(grand, missing, len(totals))
