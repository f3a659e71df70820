import time
from concurrent.futures import ThreadPoolExecutor, as_completed

DELAYS_MS = {"alpha": 30, "beta": 10, "gamma": 20}
results: dict[str, int] = {}


def fetch(name: str) -> tuple[str, int]:
    time.sleep(DELAYS_MS[name] / 1000)
    return name, len(name) * 10


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(fetch, name): name for name in DELAYS_MS}
    for future in as_completed(futures):
        name, size = future.result()
        results[name] = size

arrival = list(results)
alpha, beta, gamma = results["alpha"], results["beta"], results["gamma"]
print(f"arrival={arrival} sizes={alpha},{beta},{gamma}")
assert arrival == ["beta", "gamma", "alpha"]
