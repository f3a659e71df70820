# BUG: two threads add to one route of a dict without a lock; `dict(sorted(hits.items()))` then shows a lost visit
import threading

hits = {}


def visit(route, times):
    for _ in range(times):
        hits[route] = hits.get(route, 0) + 1


threads = [threading.Thread(target=visit, args=("/b", 2)), threading.Thread(target=visit, args=("/a", 1)), threading.Thread(target=visit, args=("/b", 1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
ordered = dict(sorted(hits.items()))
print(ordered)
assert ordered == {"/a": 1, "/b": 3}
