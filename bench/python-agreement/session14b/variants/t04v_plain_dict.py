# Known bug: counts[word] += 1 on a shared defaultdict is a read then a write; two threads can lose an update.
import threading
from collections import defaultdict

counts = {"apple": 0, "pear": 0, "plum": 0}


def count_words(words):
    for word in words:
        counts[word] += 1


chunks = [["apple", "pear", "apple"], ["apple", "plum"]]
workers = []
for i, chunk in enumerate(chunks):
    worker = threading.Thread(target=count_words, args=(chunk,), name=f"counter-{i}")
    workers.append(worker)
    worker.start()
for worker in workers:
    worker.join()
print(dict(counts))
