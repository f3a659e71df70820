# `.items()` of a name the file binds to a list as well as to a dict: weft cannot tell which the loop
# walks, so the loop keeps its refusal (Python raises AttributeError on the list's `.items()`).
from concurrent.futures import ThreadPoolExecutor


def pairs(n):
    if n > 1:
        return [("a", n)]
    got = {}
    got["a"] = n
    return got


total = 0
with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(pairs, [1, 2]))
for result in results:
    try:
        for key, value in result.items():
            total += value
    except AttributeError:
        total += 100
print(total)
