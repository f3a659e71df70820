# BUG: port of SCTBench lazy01 onto an executor: two tasks add 1 and 2 under a lock, a third asserts the sum is
# still below 3 — which fails when it runs after both adders.
import threading
from concurrent.futures import ThreadPoolExecutor

mutex = threading.Lock()
data = 0


def add(amount):
    global data
    with mutex:
        data += amount


def check():
    with mutex:
        assert data < 3, f"data reached {data}"
        return data


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(add, 1), pool.submit(add, 2), pool.submit(check)]
    seen = futures[2].result()

print("data", data, "checker saw", seen)
