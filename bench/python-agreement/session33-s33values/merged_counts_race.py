# BUG: lost update: two threads each count a document with a thread pool job that returns a dict, then
# merge it into the shared `totals` with `for word, n in part.items(): totals[word] = totals.get(word,
# 0) + n` and no lock; the read and the write are separate steps, so one merge can overwrite the other's
# count of a shared word ("be" ends 2 or 3 where 4 is right).
import threading
from concurrent.futures import ThreadPoolExecutor

totals = {}
pool = ThreadPoolExecutor(max_workers=2)


def count(doc):
    counts = {}
    for word in doc.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def merge_one(doc):
    part = pool.submit(count, doc).result()
    for word, n in part.items():
        totals[word] = totals.get(word, 0) + n


a = threading.Thread(target=merge_one, args=("be or not be",))
b = threading.Thread(target=merge_one, args=("be quick be",))
a.start()
b.start()
a.join()
b.join()
pool.shutdown()
be = totals["be"]
print("be", be, "expected 4")
