# Check: dict order after delete and re-insert, update of an existing key keeps its position, list(d) order. Bug: none.
import threading

d = {"a": 1, "b": 2, "c": 3}
keys = []
first = ""


def worker():
    global first
    del d["a"]
    d["a"] = 9
    d["b"] = 20
    keys.extend(list(d))
    first = next(iter(d))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"keys={keys} first={first} d={d}")
