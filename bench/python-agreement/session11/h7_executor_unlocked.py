"""A thread pool's jobs increment a shared counter without a lock."""
from concurrent.futures import ThreadPoolExecutor

count = 0


def job(n):
    global count
    for _ in range(n):
        count += 1
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(job, [2, 2]))
print(count, sum(results))
