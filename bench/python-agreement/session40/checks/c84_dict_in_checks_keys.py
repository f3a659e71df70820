# Check: `in` on a dict tests keys (not values); truthiness of empty containers; `not a == b`. Bug: none.
import threading

d = {"a": 3, "b": 0}
res = []


def worker():
    res.append(int(3 in d))
    res.append(int("a" in d))
    res.append(int(3 in d.values()))
    res.append(int(bool([])) + int(bool({})) + int(bool([0])))
    res.append(int(not d["a"] == 3))
    x = d["b"]
    res.append(int(x is not None) * 10 + int(bool(x)))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"res={res}")
