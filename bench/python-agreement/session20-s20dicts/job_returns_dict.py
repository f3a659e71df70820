# CPython 3.11.7, 10 runs: ok totals['be']=3, word_total=10 (10 of 10). weft explore (s20dicts): 1 outcome, complete (each job's dict its own, returned, merged by Counter.update). weft-start: refused at `return counts`.
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

DOCUMENTS = ["to be or not to be", "be quick", "not now"]


def count(document):
    counts = {}
    for word in document.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        partial_counts = list(pool.map(count, DOCUMENTS))
    totals = Counter()
    for partial in partial_counts:
        totals.update(partial)
    word_total = sum(totals.values())
    assert totals["be"] == 3 and word_total == 10, totals
