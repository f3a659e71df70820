# CPython 3.11.7, 10 runs: ok (10 of 10). weft explore (s20dicts): 1 outcome, ok, complete. weft-start: one `out` list shared by both jobs, 'complete', assertion_failed only (a silent error).
from concurrent.futures import ThreadPoolExecutor

def collect(word):
    out = []
    for ch in word:
        out.append(ch)
    return len(out)

with ThreadPoolExecutor(max_workers=2) as pool:
    r = list(pool.map(collect, ["ab", "cd"]))
assert r == [2, 2], r
