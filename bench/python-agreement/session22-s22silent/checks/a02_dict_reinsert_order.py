# A key deleted and set again goes to the end of a dict's order.
import threading

d = {}
keys = []


def worker():
    d["a"] = 1
    d["b"] = 2
    del d["a"]
    d["a"] = 3
    for k in d:
        keys.append(k)


t = threading.Thread(target=worker)
t.start()
t.join()
