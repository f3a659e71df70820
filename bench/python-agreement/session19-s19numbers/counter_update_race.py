# Threads count their words with `dict(Counter(text.split()))` and merge them with `totals.update(...)`
# into one shared Counter (session 17 m01's form, in threads): Counter.update is Python code in CPython
# 3.11 (a loop of `self[k] = count + self.get(k, 0)` once the Counter holds a key), so two merges may
# lose a count of a word they share: the known bug.
# CPython 3.11.7 (10 runs): 2 2 1 6, 10 of 10; weft explore: b=2 and the lost count b=1, complete.
import threading
from collections import Counter

TEXTS = ["a b a", "b c"]
totals = Counter()
totals["start"] = 1


def merge(text):
    partial = dict(Counter(text.split()))
    totals.update(partial)


if __name__ == "__main__":
    threads = [threading.Thread(target=merge, args=(t,)) for t in TEXTS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(totals["a"], totals["b"], totals["c"], sum(totals.values()))
