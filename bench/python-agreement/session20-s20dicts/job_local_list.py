from concurrent.futures import ThreadPoolExecutor

def collect(word):
    out = []
    for ch in word:
        out.append(ch)
    return len(out)

with ThreadPoolExecutor(max_workers=2) as pool:
    r = list(pool.map(collect, ["ab", "cd"]))
assert r == [2, 2], r
