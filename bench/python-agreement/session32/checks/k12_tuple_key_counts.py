# Tuple-keyed edge counts updated from two threads under a lock.
import threading

edges = {}
lock = threading.Lock()


def walk(path):
    for i in range(len(path) - 1):
        key = (path[i], path[i + 1])
        with lock:
            edges[key] = edges.get(key, 0) + 1


ts = [threading.Thread(target=walk, args=([1, 2, 3],)), threading.Thread(target=walk, args=([2, 3, 1],))]
for t in ts:
    t.start()
for t in ts:
    t.join()
n23 = edges[(2, 3)]
n12 = edges.get((1, 2), 0)
total = sum(edges.values())
print(n23, n12, total)
