from concurrent.futures import ThreadPoolExecutor

def job(word):
    counts = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    if "a" in counts:
        counts["a"] += 10
    total = 0
    for k in counts:
        total += counts[k]
    for k, v in counts.items():
        total += v
    total += sum(counts.values())
    del counts[word[0]]
    items = []
    items.append(total)
    items.append(len(counts))
    first = items.pop(0)
    seen = set()
    seen.add(first)
    if first in seen:
        total += 1
    return total + len(items) + len(seen) + items[0]

with ThreadPoolExecutor(max_workers=2) as pool:
    r = list(pool.map(job, ["ab", "cd"]))
assert r == [40, 10], r
