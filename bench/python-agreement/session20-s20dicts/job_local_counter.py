# CPython 3.11.7, 10 runs: ok results=[22, 21, 13] (10 of 10). weft explore (s20dicts): 1 outcome, ok, complete. weft-start: refused at `Counter()` in a job (each run's own Counter was not followed).
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
import time


def letters(word):
    counts = Counter()
    firsts = defaultdict(int)
    for ch in word:
        counts[ch] += 1
        firsts[ch] += 1
        time.sleep(0.001)
    return len(counts) * 10 + firsts[word[0]]


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(letters, ["aab", "cd", "eee"]))
    assert results == [22, 21, 13], results
