# CPython 3.11.7, 10 runs (agree.py): ok served=['tea', 'cake'] seen['count']=0 (10 of 10); weft: that state and seen['count'] 1 to 4 (the reader may run later), complete.
"""`break` and `continue` in loops over items known at import time, inside `if`s, in the main code and
in a thread, with a `for ... else`. A reader thread races the main code's appends."""
import threading

ORDERS = ["tea", "skip", "cake", "stop", "pie"]
served = []
seen = {"count": 0}


def reader():
    for name in ["x", "y", "z"]:
        if name == "y":
            continue
        seen["count"] += len(served)


t = threading.Thread(target=reader)
t.start()
for order in ORDERS:
    if order == "skip":
        continue
    if order == "stop":
        break
    served.append(order)
else:
    served.append("all")
t.join()
assert served == ["tea", "cake"]
