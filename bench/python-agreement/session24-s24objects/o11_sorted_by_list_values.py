# sorted(d.items(), key=lambda kv: kv[1]) of a dict whose values are lists made at run time (taken from
# a queue): Python orders the lists item by item, the first differing item deciding, then the lengths.
import queue
import threading

q = queue.Queue()
groups = {}


def worker(a, b):
    q.put([a, b])


threads = [threading.Thread(target=worker, args=(2, 1)), threading.Thread(target=worker, args=(1, 5)),
           threading.Thread(target=worker, args=(2, 0))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in ["x", "y", "z"]:
    groups[name] = q.get()
ranking = sorted(groups.items(), key=lambda kv: kv[1])
order = [name for name, _ in ranking]
first = order[0]
last = order[2]
print(order)
