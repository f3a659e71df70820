import time
from concurrent.futures import ThreadPoolExecutor

completed = 0


def io_task(n):
    time.sleep(0.05)
    return n


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    completed = sum(1 for _ in pool.map(io_task, range(4)))
print(completed, f"{time.perf_counter() - start:.3f}s")
