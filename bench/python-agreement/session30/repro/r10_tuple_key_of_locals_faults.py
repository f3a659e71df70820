# CPython 3.11: count=2 (every run). weft-start: imports, then every run faults ("a tuple as a key of map `edges`"),
# its only outcome. r01's family with the tuple built from two locals (`key = (src, dst)`), a common way to key a dict.
import threading

edges = {}
lock = threading.Lock()


def link(src, dst):
    key = (src, dst)
    with lock:
        edges[key] = edges.get(key, 0) + 1


threads = [threading.Thread(target=link, args=(a, b)) for a, b in ((1, 2), (2, 3), (1, 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(edges)
print(count, edges)
