"""defaultdict, Counter and deque under a lock in threads."""
import threading
from collections import Counter, defaultdict, deque

words = defaultdict(int)
letters = Counter()
recent = deque(maxlen=3)
lock = threading.Lock()
top = ""
first_recent = ""


def ingest(text):
    for word in text.split():
        with lock:
            words[word] += 1
            letters[word[0]] += 1
            recent.append(word)


if __name__ == "__main__":
    t = threading.Thread(target=ingest, args=("apple avocado banana apple cherry",))
    t.start()
    t.join()
    first_recent = recent[0]
