# session32/f04_process_wordcount.py with its final values kept in a module dict `final` (f04 keeps them in
# main()'s locals, which agree.py does not compare): a process pool's jobs return dicts of counts, merged
# by a function that walks each with `.items()`.
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
    return counts


def merge(parts):
    total = {}
    for part in parts:
        for word, n in part.items():
            total[word] = total.get(word, 0) + n
    return total


final = {}


def main():
    with ProcessPoolExecutor(max_workers=2) as pool:
        partials = list(pool.map(count_words, TEXT))
    totals = merge(partials)
    top = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("top", top)
    print("distinct", len(totals), "words", sum(totals.values()))
    final["distinct"] = len(totals)
    final["words"] = sum(totals.values())
    final["the"] = totals["the"]
    final["fox"] = totals["fox"]


if __name__ == "__main__":
    main()
