from concurrent.futures import ThreadPoolExecutor

RATES = {"USD": 1.0, "EUR": 1.1, "GBP": 1.25}


def convert(order):
    currency, amount = order
    if amount < 0:
        raise ValueError(f"negative amount {amount}")
    if RATES.get(currency) is None:
        raise KeyError(currency)
    return round(amount * RATES[currency], 2)


orders = [("USD", 10), ("EUR", 20), ("JPY", 5), ("GBP", -3), ("GBP", 8)]
converted, failures = [], []
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(convert, order) for order in orders]
    for order, future in zip(orders, futures):
        try:
            converted.append(future.result())
        except KeyError as exc:
            failures.append(("unknown", str(exc)))
        except ValueError as exc:
            failures.append(("invalid", str(exc)))

print("converted", converted, "total", round(sum(converted), 2), "failures", failures)
