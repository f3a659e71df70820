# Lists whose first differing items are an int and a str: Python's sort raises TypeError.
import queue
import threading

q = queue.Queue()
groups = {}


def worker(a, b):
    q.put([a, b])


threads = [threading.Thread(target=worker, args=(1, 2)), threading.Thread(target=worker, args=(1, "x"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in ["x", "y"]:
    groups[name] = q.get()
ranking = sorted(groups.items(), key=lambda kv: kv[1])
print(ranking)
