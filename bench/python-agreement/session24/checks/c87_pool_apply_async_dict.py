"""A dict handed to Pool.apply_async: the job works on a copy and returns a value from it."""
import multiprocessing


def price(item):
    item["price"] = item["price"] * 2
    return item["price"]


if __name__ == "__main__":
    item = {"price": 21}
    with multiprocessing.Pool(1) as pool:
        doubled = pool.apply_async(price, (item,)).get()
    parent_price = item["price"]
    print(doubled, parent_price)
