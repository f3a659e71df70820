# Python's values of `and`, `or` and `a if c else b` (not bools): a default for an empty name, a limit
# only when a number is given, a cache read or a computation, in threads and at module level.
# CPython 3.11.7 (10 runs): ok, out and seen as asserted, title='untitled', doubled=8 (1 state).
# Under weft explore: 1 outcome, complete, CPython's. Refused before session 19 at
# `seen.append(item or "empty")` (Python's `or` value outside a condition).
import queue
import threading

GIVEN = ""
COUNT = 4
cache = {"x": 7}
out = []
seen = []
lock = threading.Lock()
jobs = queue.Queue()


def compute(key):
    return len(key) * 10


def label_of(name):
    return name or "anon"


def worker(name, n, key):
    label = name or "default"
    limit = n and n * 2
    value = cache.get(key) or compute(key)
    size = "big" if n > 2 else "small"
    with lock:
        out.append(label)
        out.append(limit)
        out.append(value)
        out.append(size)
        out.append(label_of(name))
        out.append(n or -1)


def consumer():
    while True:
        item = jobs.get()
        if item is None:
            return
        seen.append(item or "empty")
        seen.append(label_of(item))
        seen.append(item and len(item))
        seen.append("long" if len(item) > 2 else item or "zero")
        tag = item or "none"
        seen.append(tag)


if __name__ == "__main__":
    c = threading.Thread(target=consumer)
    c.start()
    for item in ["", "abc", "z"]:
        jobs.put(item)
    jobs.put(None)
    c.join()
    title = GIVEN or "untitled"
    doubled = COUNT and COUNT * 2
    t1 = threading.Thread(target=worker, args=("", 3, "x"))
    t1.start()
    t1.join()
    t2 = threading.Thread(target=worker, args=("bo", 0, "yy"))
    t2.start()
    t2.join()
    assert out == ["default", 6, 7, "big", "anon", 3, "bo", 0, 20, "small", "bo", -1]
    assert title == "untitled" and doubled == 8
    assert seen == ["empty", "anon", "", "zero", "none", "abc", "abc", 3, "long", "abc", "z", "z", 1, "z", "z"]
