# BUG: race: the workers update the shared counts dict with get(), a pause and a store, without a lock (lost update)
import time
from concurrent.futures import ThreadPoolExecutor

DOCUMENTS = ["a b a", "b a", "a"]

counts = {}


def count_words(text):
    for word in text.split():
        current = counts.get(word, 0)
        time.sleep(0.0002)
        counts[word] = current + 1


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(count_words, DOCUMENTS))
    assert counts == {"a": 4, "b": 2}, counts
