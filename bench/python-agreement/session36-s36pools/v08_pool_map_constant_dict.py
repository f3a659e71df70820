"""multiprocessing.Pool.map of jobs reading a module dict of constants by key."""
import multiprocessing

PRICES = {"tea": 3, "cake": 5}
total = 0


def price(item):
    return PRICES[item] * 2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        values = pool.map(price, ["tea", "cake"])
    total = values[0] + values[1]
    print(total)
