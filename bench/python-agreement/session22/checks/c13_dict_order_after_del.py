import threading

d = {"a": 1, "b": 2, "c": 3}
keys = []


def worker():
    del d["a"]
    d["a"] = 4
    d["b"] = 5
    for k in d:
        keys.append(k)


t = threading.Thread(target=worker)
t.start()
t.join()
print(keys, d)
