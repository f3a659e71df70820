import threading

d = {"a": 1, "b": 2, "c": 3}


def work():
    v = d.pop("a")
    d["a"] = v + 10


t = threading.Thread(target=work)
t.start()
t.join()
keys = []
for k in d:
    keys.append(k)
print(keys, d)
