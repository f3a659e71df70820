# Module dicts with string keys read by keys known only at run time (session18/q05's form): names taken
# from a queue, `get` with and without a default, of numbers and of strings, `k in d`, `k not in d`, and
# `d[k]` whose KeyError a `try` catches.
# CPython 3.11.7 (10 runs): ok, report=['a:red:2', 'c:blue:none', 'b:grey:5'], missing=['c'], members=['b'] (1 state).
# Under weft explore: 1 outcome, complete, CPython's. Refused before session 19 at `LIMITS.get(name, 0)`.
import queue
import threading

LIMITS = {"a": 2, "b": 5}
COLORS = {"a": "red", "c": "blue"}
work = queue.Queue()
report = []
missing = []
members = []


def worker():
    while True:
        name = work.get()
        if name is None:
            return
        limit = LIMITS.get(name, 0)
        color = COLORS.get(name, "grey")
        known = LIMITS.get(name)
        try:
            exact = LIMITS[name]
        except KeyError:
            exact = -1
            missing.append(name)
        if name in LIMITS and name not in COLORS:
            members.append(name)
        if limit >= 2 and known is not None:
            report.append(f"{name}:{color}:{exact}")
        else:
            report.append(f"{name}:{color}:none")


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    for name in ["a", "c", "b"]:
        work.put(name)
    work.put(None)
    t.join()
    assert report == ["a:red:2", "c:blue:none", "b:grey:5"]
    assert members == ["b"]
