# CPython 3.11.7, 10 runs: ok results=[2, 2] (10 of 10). weft explore (s20dicts): 1 outcome, ok, complete. weft-start (a SILENT ERROR): one `counts` dict shared by both runs of the job, 11 schedules, 'complete', assertion_failed only (len(counts)=4).
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
