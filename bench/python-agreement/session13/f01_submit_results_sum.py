# Expected: submit four jobs, collect results in submission order; results == [0, 1, 4, 9] and total == 14.
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


results = []
with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(square, i) for i in range(4)]
    for future in futures:
        results.append(future.result())
total = sum(results)
print(results, total)
