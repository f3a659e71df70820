# Fetch prices from several "shops" with a thread pool and executor.map, then pick the cheapest.
import time
from concurrent.futures import ThreadPoolExecutor

SHOPS = {
    "north": {"apple": 3, "pear": 5, "fig": 9},
    "south": {"apple": 4, "pear": 2, "fig": 8},
    "east": {"apple": 2, "pear": 6, "fig": 11},
}


def fetch_prices(shop):
    time.sleep(0.002)  # network
    return shop, SHOPS[shop]


with ThreadPoolExecutor(max_workers=3) as pool:
    results = list(pool.map(fetch_prices, sorted(SHOPS)))

cheapest = {}
for shop, prices in results:
    for item in SHOPS[shop]:
        price = SHOPS[shop][item]
        if item not in cheapest or price < cheapest[item][1]:
            cheapest[item] = (shop, price)

basket_total = sum(price for _, price in cheapest.values())
best_shops = {item: shop for item, (shop, _) in sorted(cheapest.items())}
print(f"basket_total={basket_total} best={best_shops} fetched={len(results)}")
