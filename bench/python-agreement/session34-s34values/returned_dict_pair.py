# A function of main counts words into a dict it made and returns it beside a total; main's thread pool
# then reads the dict, keyed by the words.
from concurrent.futures import ThreadPoolExecutor

WORDS = ["a", "b", "a", "c", "a"]
checked = 0


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts, len(words)


def weight(counts, word):
    return counts[word] * 10


def main():
    global checked
    counts, n = count_words(WORDS)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(weight, counts, w) for w in ["a", "c"]]
        checked = sum(f.result() for f in futures) + n


main()
print(checked)
