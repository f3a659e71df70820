import threading
import time

edges = {}


def visit(a, b):
    key = (a, b)
    current = edges.get(key, 0)
    time.sleep(0)
    edges[key] = current + 1


threads = [threading.Thread(target=visit, args=(1, 2)), threading.Thread(target=visit, args=(1, 2)), threading.Thread(target=visit, args=(2, 3))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(edges)
