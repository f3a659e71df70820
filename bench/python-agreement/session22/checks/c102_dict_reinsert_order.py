import threading

d = {"a": 1, "b": 2, "c": 3}
order = []


def worker():
    v = d.pop("a")
    d["a"] = v + 10
    d.update({"b": 20, "z": 26})
    for k in d:
        order.append(k)


t = threading.Thread(target=worker)
t.start()
t.join()
print(order, d)
