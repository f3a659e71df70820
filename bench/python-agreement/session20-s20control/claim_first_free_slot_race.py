# CPython 3.11.7, 10 runs (agree.py): ok claims=['a', 'b', 'none'] (10 of 10); weft: that state and assertion_failed (two workers take one slot: the bug), complete.
"""The same claim loop without the lock: the check and the claim of a slot are apart, so two workers
may take the same slot (the assert fails) and another slot stays free."""
import threading

taken = {"a": 0, "b": 0}
claims = []


def claim():
    for slot in taken:
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
