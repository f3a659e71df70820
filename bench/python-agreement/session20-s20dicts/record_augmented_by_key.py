# CPython 3.11.7, 10 runs: ok counts_a=4 counts_b=2 (10 of 10). weft explore (s20dicts): 1 outcome, complete. weft-start: refused at `counts[key] += 2` (a key known only at run time).
from concurrent.futures import ThreadPoolExecutor
import threading

counts = {"a": 0, "b": 0}
lock = threading.Lock()


def bump(key):
    try:
        with lock:
            counts[key] += 2
        return "ok"
    except KeyError:
        return "missing"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(bump, ["a", "b", "c", "a"]))
    assert outcomes == ["ok", "ok", "missing", "ok"], outcomes
    assert counts["a"] == 4 and counts["b"] == 2, counts
