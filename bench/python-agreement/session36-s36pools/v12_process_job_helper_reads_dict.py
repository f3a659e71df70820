"""A process pool job calls a helper that reads a module dict of constants."""
from concurrent.futures import ProcessPoolExecutor

RATES = {"eur": 2, "usd": 3}
total = 0


def rate(code):
    return RATES[code]


def convert(code, amount):
    return amount * rate(code)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        a = ex.submit(convert, "eur", 10)
        b = ex.submit(convert, "usd", 10)
        total = a.result() + b.result()
    print(total)
