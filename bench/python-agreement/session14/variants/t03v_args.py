# Known bug: lost update on counts[word] (counts.get(word, 0) + 1 is not atomic)
# Variant of t03_word_count_dict.py: functools.partial replaced by args=, and the sorted(counts.items()) print loop by print(counts)
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
        t = threading.Thread(target=count_words, args=(doc, 0.001 * (i + 1)))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    print(counts)
    print("expected apple=4 banana=2 cherry=1")


if __name__ == "__main__":
    main()
