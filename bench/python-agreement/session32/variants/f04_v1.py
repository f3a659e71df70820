# Map-reduce word count: chunks of text are counted in a process pool, then the partial counts are merged.
from concurrent.futures import ProcessPoolExecutor

TEXT = [
    "the quick brown fox",
    "jumps over the lazy dog",
    "the dog barks",
    "a fox runs",
]


def count_words(line):
    counts = {}
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
    return list(counts.items())


def merge(parts):
    total = {}
    for part in parts:
        for word, n in part:
            total[word] = total.get(word, 0) + n
    return total


def main():
    with ProcessPoolExecutor(max_workers=2) as pool:
        partials = list(pool.map(count_words, TEXT))
    totals = merge(partials)
    top = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("top", top)
    print("distinct", len(totals), "words", sum(totals.values()))


if __name__ == "__main__":
    main()
