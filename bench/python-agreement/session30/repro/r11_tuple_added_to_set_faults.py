# CPython 3.11: count=2 (every run). weft-start: imports, then every run faults ("a tuple as a key of map `pairs`"),
# its only outcome: `set.add` of a tuple display of two parameters (a set is a map inside weft). r01's family.
import threading

pairs = set()
lock = threading.Lock()


def record(a, b):
    with lock:
        pairs.add((a, b))


threads = [threading.Thread(target=record, args=(a, b)) for a, b in ((1, 2), (2, 3), (1, 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(pairs)
print(count)
