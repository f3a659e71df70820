# Map-reduce word count: the text is split into chunks, a thread pool counts each chunk (map), and the
# partial dicts are merged (reduce). The five most common words are kept with their counts.
from concurrent.futures import ThreadPoolExecutor

TEXT = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs over the hill while the dog sleeps under the tree
a quick nap for the lazy dog and a long run for the brown fox"""


def chunks(lines, size):
    return [lines[i:i + size] for i in range(0, len(lines), size)]


def count_words(lines):
    counts = {}
    for line in lines:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def merge(total, partial):
    for word, count in partial.items():
        total[word] = total.get(word, 0) + count
    return total


lines = TEXT.splitlines()
with ThreadPoolExecutor(max_workers=3) as pool:
    partials = list(pool.map(count_words, chunks(lines, 1)))

totals = {}
for partial in partials:
    merge(totals, partial)
top = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
the_count = totals["the"]
distinct = len(totals)
print(f"top={top} the={the_count} distinct={distinct} chunks={len(partials)}")
