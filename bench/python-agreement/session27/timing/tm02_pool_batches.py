"""Six 25 ms downloads on a pool of 3 workers: two waves, about 50 ms."""
import time
from concurrent.futures import ThreadPoolExecutor


def download(n: int) -> int:
    time.sleep(0.025)
    return n


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(download, n) for n in range(6)]
    got = [f.result() for f in futures]
print(got)
