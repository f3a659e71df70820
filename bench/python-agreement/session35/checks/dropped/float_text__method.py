"""`float(x)` returned by a call dropped as a statement (method); CPython decides what is caught."""
import threading

TABLE = {"7": 1}
ROW = [1, 2]
NONES = [None]
log = []


class Checker:
    def check(self, x):
        return float(x)


checker = Checker()


def worker(x):
    try:
        checker.check(x)
        log.append(f"{x} ok")
    except Exception:
        log.append(f"{x} caught")


threads = [threading.Thread(target=worker, args=(x,)) for x in ("7", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
