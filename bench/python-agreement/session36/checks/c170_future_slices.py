"""Slices of a list of futures: the last two reversed, every other one, a negative start."""
import time
from concurrent.futures import ThreadPoolExecutor

order = []


def job(i):
    time.sleep(0.001 * (5 - i))
    return i * i


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, i) for i in range(5)]
    for f in futures[::-1][:2]:
        order.append(f.result())
    for f in futures[1::2]:
        order.append(f.result())
    for f in futures[-3:-1]:
        order.append(f.result())
print(order)
