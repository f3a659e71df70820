# a lambda given to a thread pool needs no pickling: CPython runs it (imports as before)
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=2) as pool:
    values = list(pool.map(lambda x: x * 3, [1, 2, 3]))
total = sum(values)
print(total)
