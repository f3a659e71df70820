from concurrent.futures import ProcessPoolExecutor

RATES = {"eur": 2, "usd": 3}


def convert(pair):
    currency, amount = pair
    return amount * RATES[currency]


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        log = list(pool.map(convert, [("eur", 10), ("usd", 5), ("eur", 1)]))
    print(log)  # ordered
