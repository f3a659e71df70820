# Dict operations on a dict made at run time: get defaults, keys order, len, in, update, pop.
import threading

r = {}


def work(pairs):
    d = {}
    for k, v in pairs:
        d[k] = d.get(k, 0) + v
    r["keys"] = ",".join(d.keys())
    r["vals"] = sum(d.values())
    r["has_b"] = 1 if "b" in d else 0
    d.pop("a")
    r["len"] = len(d)
    r["first"] = next(iter(d))
    r["items"] = ";".join(f"{k}={v}" for k, v in sorted(d.items()))


t = threading.Thread(target=work, args=([("a", 1), ("c", 2), ("a", 3), ("b", 4)],))
t.start()
t.join()
print(r)
