# Timing: a pool of two threads runs six 10 ms downloads in three waves (about 30 ms).
import time
from concurrent.futures import ThreadPoolExecutor


def download(n):
    time.sleep(0.010)
    return n * 2


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    sizes = list(pool.map(download, range(6)))
elapsed_ms = (time.perf_counter() - start) * 1000
total = sum(sizes)
print(f"total={total} elapsed_ms={elapsed_ms:.1f}")
