"""A `for` over `zip` of a string and a list of results."""
from concurrent.futures import ThreadPoolExecutor
def sq(n):
    return n * n
with ThreadPoolExecutor(max_workers=2) as pool:
    values = list(pool.map(sq, range(3)))
labels = []
for c, v in zip("xyz", values):
    labels.append(c + str(v))
print(labels)
