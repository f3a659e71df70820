import time
from concurrent.futures import ThreadPoolExecutor


def io_call(n: int) -> int:
    time.sleep(0.03)
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(io_call, range(4)))
print(f"results={results}")
