"""Price lookups with ThreadPoolExecutor.map and a lambda; results kept in submission order."""
from concurrent.futures import ThreadPoolExecutor
import time

CATALOG = {"apple": 3, "pear": 4, "fig": 7, "kiwi": 2}
TAX_PERCENT = 10


def fetch_price(item):
    time.sleep(0.001)
    return CATALOG[item]


if __name__ == "__main__":
    items = ["kiwi", "apple", "pear", "fig"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        prices = list(pool.map(fetch_price, items))
        with_tax = list(pool.map(lambda p: p * (100 + TAX_PERCENT) // 100, prices))
    total = sum(with_tax)
    order = ", ".join(items)
    assert prices == [2, 3, 4, 7]
