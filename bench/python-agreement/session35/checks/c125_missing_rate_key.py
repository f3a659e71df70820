"""A pool job converts with a rate table lacking 'JPY': KeyError, read back as str(exc)."""
from concurrent.futures import ThreadPoolExecutor

RATES = {"EUR": 1.0, "USD": 0.5}
converted = []
errors = []


def convert(amount, currency):
    return round(amount * RATES[currency], 2)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(convert, 10, c) for c in ("EUR", "JPY", "USD")]
for f in futures:
    try:
        converted.append(f.result())
    except KeyError as exc:
        errors.append(str(exc))
print(converted, errors)
