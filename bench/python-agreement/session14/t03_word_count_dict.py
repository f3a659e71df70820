# Known bug: lost update on counts[word] (counts.get(word, 0) + 1 is not atomic)
import threading
import time
from functools import partial

counts = {}

DOCUMENTS = [
    ["apple", "banana", "apple"],
    ["banana", "apple"],
    ["apple", "cherry"],
]


def count_words(words, delay):
    for word in words:
        current = counts.get(word, 0)
        time.sleep(delay)  # "to expose the race"
        counts[word] = current + 1


def main():
    threads = []
    for i, doc in enumerate(DOCUMENTS):
        t = threading.Thread(target=partial(count_words, doc, 0.001 * (i + 1)))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    for word, n in sorted(counts.items()):
        print(f"{word}: {n}")
    print("expected apple=4 banana=2 cherry=1")


if __name__ == "__main__":
    main()
