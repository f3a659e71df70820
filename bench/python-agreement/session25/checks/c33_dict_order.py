# check: dicts keep insertion order, also after a delete and a re-insert
import threading

registry = {"a": 1, "b": 2, "c": 3}
out = {}


def shuffle():
    registry.pop("a")
    registry["d"] = 4
    registry["a"] = 5
    registry["b"] = 20
    out["keys"] = "".join(registry)
    out["values"] = sum(registry.values())
    out["popped"] = registry.pop("c")
    out["first"] = next(iter(registry))


t = threading.Thread(target=shuffle)
t.start()
t.join()
keys = out["keys"]
values = out["values"]
popped = out["popped"]
first = out["first"]
print(keys, values, popped, first)
