# Session 17 m01 with the merge written as a loop: `for word in partial: totals[word] += partial[word]`
# walks a dict a Pool job returned (`dict(Counter(...))`) by its keys in insertion order (`key_at`),
# where before session 19 such a walk read `partial[0]`, `partial[1]`, ... as a list's items.
# CPython 3.11.7 (5 runs): [('be', 3), ('to', 2), ('not', 2)] 10, 5 of 5; weft explore: be=3 word_total=10,
# one outcome, complete.
from collections import Counter
from multiprocessing import Pool

DOCUMENTS = [
    "to be or not to be",
    "be quick",
    "not now",
]


def count(document: str) -> dict:
    return dict(Counter(document.split()))


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        partial_counts = pool.map(count, DOCUMENTS)
    totals = Counter()
    for partial in partial_counts:
        for word in partial:
            totals[word] += partial[word]
    word_total = sum(totals.values())
    print(totals.most_common(3), word_total)
    assert totals["be"] == 3 and word_total == 10
