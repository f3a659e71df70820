"""A ProcessPoolExecutor whose initializer loads a rate table into each worker process."""
from concurrent.futures import ProcessPoolExecutor

def load_rates(base):
    return {"EUR": base, "USD": base + 10, "GBP": base - 15}


def convert(order):
    currency, cents, base = order
    rates = load_rates(base)
    return currency, cents * rates[currency] // 100


def main():
    orders = [("EUR", 1000, 100), ("USD", 250, 100), ("GBP", 400, 100), ("USD", 100, 100)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        converted = list(pool.map(convert, orders))
    totals = {}
    for currency, amount in converted:
        totals[currency] = totals.get(currency, 0) + amount
    print("converted:", converted)
    print("totals:", sorted(totals.items()))


if __name__ == "__main__":
    main()
