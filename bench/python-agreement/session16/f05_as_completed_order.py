# bug: the code assumes as_completed yields futures in submission order; equal work finishes in any order
from concurrent.futures import ThreadPoolExecutor, as_completed

report = []


def fetch_price(symbol):
    return {"AAPL": 190, "MSFT": 410, "GOOG": 140}[symbol]


symbols = ["AAPL", "MSFT", "GOOG"]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(fetch_price, s) for s in symbols]
    for fut in as_completed(futures):
        report.append(fut.result())

print("report:", report)
assert report == [190, 410, 140], "prices out of order"
