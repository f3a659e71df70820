# dict.setdefault(k, []).append(x) from several threads without a lock: each call is atomic under the GIL.
# CPython 3.11.7 (10 runs): fish=['d1', 'd2'] red=['d1', 'd3'] words=4, 10 of 10; weft explore: that one outcome, complete.
import threading

DOCS = {"d1": "red fish", "d2": "blue fish", "d3": "red car"}

index = {}


def add(doc, first, second):
    index.setdefault(first, []).append(doc)
    index.setdefault(second, []).append(doc)


threads = [
    threading.Thread(target=add, args=("d1", "red", "fish")),
    threading.Thread(target=add, args=("d2", "blue", "fish")),
    threading.Thread(target=add, args=("d3", "red", "car")),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
fish = sorted(index["fish"])
red = sorted(index["red"])
words = len(index)
assert fish == ["d1", "d2"] and red == ["d1", "d3"] and words == 4
