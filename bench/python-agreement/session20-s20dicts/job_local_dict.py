from concurrent.futures import ThreadPoolExecutor
import time


def tally(word):
    counts = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
        time.sleep(0.001)
    return len(counts)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(tally, ["ab", "cd"]))
    print(results)
    assert results == [2, 2], results
