# CPython 3.11.7, 10 runs (agree.py): ok log=['cake', 'cake', 'none'] (10 of 10); weft: the three orders of cake, cake, none, no deadlock, complete.
"""`return` from inside `try`/`finally` in a loop over items known at import time: the `finally`
runs on the way out (it releases a lock taken by hand), as Python runs it."""
import threading

lock = threading.Lock()
stock = {"tea": 0, "cake": 2}
log = []


def take():
    for item in ["tea", "cake"]:
        lock.acquire()
        try:
            if stock[item] > 0:
                stock[item] -= 1
                return item
        finally:
            lock.release()
    return "none"


def buyer():
    log.append(take())


threads = [threading.Thread(target=buyer) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert sorted(log) == ["cake", "cake", "none"]
