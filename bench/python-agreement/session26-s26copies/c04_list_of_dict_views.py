# list(d), list(d.keys()) and list(d.items()) of a shared dict: the keys in insertion order, an
# overwritten key keeps its place.
import threading

scores = {}
lock = threading.Lock()


def add(name, points):
    with lock:
        scores[name] = scores.get(name, 0) + points


threads = [threading.Thread(target=add, args=(name, p)) for name, p in (("ann", 1), ("bob", 2), ("ann", 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
names = list(scores)
keys = list(scores.keys())
pairs = list(scores.items())
print(names, keys, pairs)
assert names == keys
