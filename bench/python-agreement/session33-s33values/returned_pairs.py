# A pool job returns a list comprehension of (word, count) pairs, a new list at each call; the caller
# extends one list with every job's pairs and sums the counts by word. Before session 33 the returned
# comprehension was refused in words naming `filtered`, a name the program does not have.
from concurrent.futures import ThreadPoolExecutor

DOCS = ["to be or not to be", "be quick"]


def pairs_of(doc):
    counts = {}
    for word in doc.split():
        counts[word] = counts.get(word, 0) + 1
    return [(word, counts[word]) for word in counts if counts[word] > 0]


merged = {}
with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(pairs_of, DOCS))
for result in results:
    for word, n in result:
        merged[word] = merged.get(word, 0) + n
kinds = len(merged)
be = merged["be"]
print(kinds, be)
