# CPython 3.11.7, 10 runs: ok got={'a': 2, 'b': 1, 'c': 1} (10 of 10). weft explore (s20dicts): 1 outcome, complete. weft-start: refused at `return counts`.
from concurrent.futures import ThreadPoolExecutor


def count(word):
    counts = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        f = pool.submit(count, "abca")
        got = f.result()
    assert got["a"] == 2 and got["c"] == 1, got
