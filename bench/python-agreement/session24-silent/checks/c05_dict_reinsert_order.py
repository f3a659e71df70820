import threading

d = {"a": 1, "b": 2, "c": 3}


def work():
    del d["a"]
    d["a"] = 4


t = threading.Thread(target=work)
t.start()
t.join()
keys = []
for k in d:
    keys.append(k)
print(keys)
