# CPython 3.11.7, 10 runs: ok r=[40, 10] (10 of 10). weft explore (s20dicts): 1 outcome, ok, complete (a job's own dict walked in insertion order, .items(), sum of .values(), del; a list's append and pop(0); a set). weft-start: the runs' dicts shared, 27,783 schedules, incomplete.
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
