# CPython 3.11.7, 10 runs (agree.py): ok claims=['a', 'b', 'none'] (10 of 10); weft: the 6 orders of a, b, none, complete.
"""Workers claim the first free slot of a fixed list; `return` from inside the loop over SLOTS (unrolled
at import time) under the lock. Check and claim happen under one lock: every worker gets its own slot."""
import threading

taken = {"a": 0, "b": 0}
lock = threading.Lock()
claims = []


def claim():
    for slot in taken:
        with lock:
            if taken[slot] == 0:
                taken[slot] = 1
                return slot
    return "none"


def worker():
    got = claim()
    claims.append(got)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert sorted(claims) == ["a", "b", "none"]
