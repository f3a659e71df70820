# Map-reduce word count with multiprocessing.Pool: map each document to counts, reduce in the parent.
import multiprocessing

DOCS = [
    "to be or not to be",
    "be quick be brave",
    "not now not ever",
]


def mapper(doc):
    counts = {}
    for word in doc.split():
        counts[word] = counts.get(word, 0) + 1
    return list(counts.items())


def reducer(partials):
    merged = {}
    for counts in partials:
        for word, n in counts:
            merged[word] = merged.get(word, 0) + n
    return merged


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        partials = pool.map(mapper, DOCS)
    merged = reducer(partials)
    print("be", merged["be"], "not", merged["not"], "to", merged["to"])
    print("total", sum(merged.values()), "distinct", len(merged))
