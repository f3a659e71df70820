# bug: none
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

SHOPS = {"alpha": (12.5, 0.003), "beta": (11.99, 0.001), "gamma": (13.0, 0.002), "delta": (None, 0.001)}


def quote(shop):
    price, delay = SHOPS[shop]
    time.sleep(delay)
    if price is None:
        raise LookupError(f"{shop} has no stock")
    return shop, price


best = None
errors = []
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(quote, s): s for s in SHOPS}
    for fut in as_completed(futures):
        try:
            shop, price = fut.result()
        except LookupError as exc:
            errors.append(str(exc))
            continue
        if best is None or price < best[1]:
            best = (shop, price)

print(f"best={best[0]} at {best[1]:.2f}; errors={errors}")
