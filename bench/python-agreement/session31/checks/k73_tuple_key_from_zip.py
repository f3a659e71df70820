# pairs from zip used as dict keys in a thread
import threading

edges = {}
lock = threading.Lock()


def link(srcs, dsts):
    for pair in zip(srcs, dsts):
        with lock:
            edges[pair] = edges.get(pair, 0) + 1


ts = [threading.Thread(target=link, args=(["a", "b"], ["b", "c"])), threading.Thread(target=link, args=(["a"], ["b"]))]
for t in ts:
    t.start()
for t in ts:
    t.join()
count = len(edges)
heaviest = max(edges.values())
print(count, heaviest)
