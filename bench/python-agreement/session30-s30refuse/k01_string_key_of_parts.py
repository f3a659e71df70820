# r10's form written as the tuple-key refusal suggests: a string key made of the parts.
# CPython 3.11: count=2.
import threading

edges = {}
lock = threading.Lock()


def link(src, dst):
    key = f"{src}:{dst}"
    with lock:
        edges[key] = edges.get(key, 0) + 1


threads = [threading.Thread(target=link, args=(a, b)) for a, b in ((1, 2), (2, 3), (1, 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(edges)
print(count)
