# d.pop(k, default) and d.popitem()
import threading
d = {"a": 1, "b": 2}
got = []


def work():
    got.append(d.pop("a", 0))
    got.append(d.pop("z", 7))
    got.append(d.popitem()[1])


t = threading.Thread(target=work)
t.start()
t.join()
print(got, d)
