"""The callee is a thread pool's job: it appends to the list it is given; the caller waits for it."""
from concurrent.futures import ThreadPoolExecutor

sizes = []


def grow(items):
    items.append(0)
    return len(items)


with ThreadPoolExecutor(max_workers=2) as pool:
    for items in ([1, 2], [3]):
        pool.submit(grow, items).result()
        sizes.append(len(items))
print(sizes)
