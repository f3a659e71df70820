"""A list handed to a thread pool job is shared: the job's append shows in main."""
from concurrent.futures import ThreadPoolExecutor


def add(items, value):
    items.append(value)
    return len(items)


items = [1]
with ThreadPoolExecutor(max_workers=2) as executor:
    sizes = [executor.submit(add, items, v).result() for v in (2, 3)]
count = len(items)
last = sizes[-1]
print(count, last)
