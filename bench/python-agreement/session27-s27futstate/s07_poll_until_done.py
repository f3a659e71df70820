"""Polling a future's state with sleeps until it is done."""
import time
from concurrent.futures import ThreadPoolExecutor


def slow():
    time.sleep(0.035)
    return 7


polls = 0
with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(slow)
    while not future.done():
        polls += 1
        time.sleep(0.01)
    value = future.result()
print(polls, value)
