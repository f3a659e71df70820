# Timing: six 20 ms requests on a two-worker pool: three rounds of two, about 60 ms in all.
import time
from concurrent.futures import ThreadPoolExecutor


def request(i):
    time.sleep(0.020)
    return i * i


with ThreadPoolExecutor(max_workers=2) as pool:
    squares = list(pool.map(request, range(6)))
total = sum(squares)
print(f"squares={squares} total={total}")
