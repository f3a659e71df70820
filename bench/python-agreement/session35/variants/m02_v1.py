"""Pool.imap_unordered: word lengths of documents arrive in any order; totals are order-free."""
from multiprocessing import Pool

DOCS = {
    "intro": "weft reads python programs",
    "guide": "threads share memory and race",
    "faq": "why is my counter wrong",
}


def longest_word(item):
    name, text = item
    words = text.split()
    longest = ""
    for w in words:
        if len(w) > len(longest):
            longest = w
    return name, longest, len(words)


def main():
    found = {}
    with Pool(processes=2) as pool:
        for name, word, count in pool.imap_unordered(longest_word, DOCS.items()):
            found[name] = (word, count)
    for name in sorted(found):
        word, count = found[name]
        print(f"{name}: {word} ({count} words)")
    print("words:", sum(count for _, count in found.values()))


if __name__ == "__main__":
    main()
