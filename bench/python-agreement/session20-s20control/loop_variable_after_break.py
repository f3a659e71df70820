# CPython 3.11.7, 10 runs (agree.py): ok chosen=['cake'] (10 of 10); weft: the same one state, complete.
"""The loop variable read after a `break` left a loop over strings known at import time: Python reads
the item of the pass that broke. weft keeps each pass's item in a local of its own for that read."""
import threading

stock = {"tea": 0, "cake": 2, "pie": 1}
chosen = []


def buyer():
    for item in ["tea", "cake", "pie"]:
        if stock[item] > 0:
            break
    chosen.append(item)


t = threading.Thread(target=buyer)
t.start()
t.join()
assert chosen == ["cake"]
