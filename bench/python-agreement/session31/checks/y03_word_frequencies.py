# threads count words of their documents into one Counter under a lock; the report takes the top two
import threading
from collections import Counter

counts = Counter()
lock = threading.Lock()
DOCS = ["the cat sat", "the dog sat down", "a cat ran"]


def count(doc):
    local = Counter(doc.split())
    with lock:
        counts.update(local)


ts = [threading.Thread(target=count, args=(d,)) for d in DOCS]
for t in ts:
    t.start()
for t in ts:
    t.join()
top = counts.most_common(2)
distinct = len(counts)
print(top, distinct, counts["sat"])
