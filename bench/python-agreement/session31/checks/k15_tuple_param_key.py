# a tuple passed as an argument, then used as a dict key in the thread (session 30: "not followed", loud)
import threading

edges = {}


def add_edge(pair):
    edges[pair] = edges.get(pair, 0) + 1


threads = [threading.Thread(target=add_edge, args=(("a", "b"),)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(edges)
print(count)
