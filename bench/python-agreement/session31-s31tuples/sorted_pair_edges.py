# BUG: undirected edges counted by two workers off a queue, keyed by the sorted pair
# (`low, high = sorted([u, v])`, then `edges[(low, high)]`): the count's read and write are two steps
# without a lock, so two workers that meet on one edge can lose an update (CPython: 1 for (1, 2), where
# the program means 2).
import queue
import threading
import time

links = queue.Queue()
edges = {}
seen = set()


def worker():
    while True:
        u, v = links.get()
        if u == v:
            break
        low, high = sorted([u, v])
        seen.add((low, high))
        count = edges.get((low, high), 0)
        time.sleep(0.001)
        edges[(low, high)] = count + 1


for link in [(2, 1), (1, 2), (3, 2), (0, 0), (0, 0)]:
    links.put(link)
workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
distinct = len(seen)
one_two = edges[(1, 2)]
two_three = edges.get((2, 3), 0)
print(distinct, one_two, two_three, edges)
