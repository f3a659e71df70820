# BUG: the read of a (count, last) tuple and the store of the new one are two steps: a worker's update can be lost
import queue
import threading

stats = {"get": (0, "")}
jobs = queue.Queue()


def worker(name):
    while True:
        kind = jobs.get()
        if kind is None:
            break
        if kind in stats:
            count, _ = stats[kind]
        else:
            count = 0
        stats[kind] = (count + 1, name)


for kind in ["get", "put", "get", "get"]:
    jobs.put(kind)
threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    jobs.put(None)
for t in threads:
    t.start()
for t in threads:
    t.join()
gets, _ = stats["get"]
puts, _ = stats["put"]
print("gets", gets, "puts", puts, "keys", len(stats))
