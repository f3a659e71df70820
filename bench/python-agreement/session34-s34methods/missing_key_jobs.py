from concurrent.futures import ThreadPoolExecutor
import threading

RATES = {"USD": 1.0, "EUR": 1.1}
STOCK = {"apple": 3, "pear": 0}
sold = {"apple": 0, "pear": 0}
lock = threading.Lock()


def convert(currency, amount):
    return amount * RATES[currency]


def sell(item):
    left = STOCK[item] - sold[item]
    if left <= 0:
        return 0
    with lock:
        sold[item] += 1
    return 1


results, errors = [], []
with ThreadPoolExecutor(max_workers=2) as pool:
    jobs = [pool.submit(convert, "USD", 4), pool.submit(convert, "YEN", 7), pool.submit(sell, "apple"),
            pool.submit(sell, "plum"), pool.submit(sell, "pear")]
    for job in jobs:
        try:
            results.append(job.result())
        except KeyError as exc:
            errors.append(str(exc))

print("results", results, "errors", errors, "sold", sold["apple"], sold["pear"])
