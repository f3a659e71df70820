"""`zip` and `enumerate` with a list of results kept as lists, and a dict filled in a loop over a zip."""
from concurrent.futures import ThreadPoolExecutor


def measure(word):
    return len(word) * 2


words = ["red", "green", "blue"]
with ThreadPoolExecutor(max_workers=2) as pool:
    sizes = list(pool.map(measure, words))

pairs = list(zip(words, sizes))
numbered = list(enumerate(sizes, 1))
by_size = sorted(zip(sizes, "xyz"))
table = {}
for word, size in zip(words, sizes):
    table[word] = size
largest = max(zip(sizes, words))
print(pairs, numbered, by_size, table, largest)
assert table["green"] == 10
