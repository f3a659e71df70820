"""Futures of a pool: each job reads, sleeps, writes; results summed in submission order."""
import time
from concurrent.futures import ThreadPoolExecutor

stock = 10


def sell(n):
    global stock
    if stock >= n:
        time.sleep(0.001)
        stock -= n
        return n
    return 0


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(sell, n) for n in (4, 5, 6)]
    sold = sum(f.result() for f in futures)
print(sold, stock)
