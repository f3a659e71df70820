# no bug: map-reduce word count: Pool.map counts each document, the parent merges the counts
from collections import Counter
from multiprocessing import Pool

DOCUMENTS = [
    "to be or not to be",
    "be quick",
    "not now",
]


def count(document: str) -> dict:
    counts = {}
    for word in document.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        partial_counts = pool.map(count, DOCUMENTS)
    totals = Counter()
    for partial in partial_counts:
        totals.update(partial)
    word_total = sum(totals.values())
    print(totals.most_common(3), word_total)
    assert totals["be"] == 3 and word_total == 10
