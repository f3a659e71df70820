"""`x + len(x)` returned by a call dropped as a statement (nested_call); CPython decides what is caught."""
import threading

TABLE = {"7": 1}
ROW = [1, 2]
NONES = [None]
log = []


def check(x):
    return x + len(x)


def outer(x):
    check(x)
    return 1


def worker(x):
    try:
        outer(x)
        log.append(f"{x} ok")
    except Exception:
        log.append(f"{x} caught")


threads = [threading.Thread(target=worker, args=(x,)) for x in ("7", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
