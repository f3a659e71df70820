# A dict's order after deletes and re-inserts, read in a thread.
import threading

d = {}
keys = []
values = []


def worker():
    d["a"] = 1
    d["b"] = 2
    d["c"] = 3
    del d["a"]
    d["d"] = 4
    d["a"] = 5
    d["b"] = 6
    d.pop("c")
    d["c"] = 7
    for k in d:
        keys.append(k)
    for v in d.values():
        values.append(v)


t = threading.Thread(target=worker)
t.start()
t.join()
print(keys, values, d)
