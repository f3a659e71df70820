"""dict(proxy) while (main sleeps 60 ms after the start, about when weft's spawned child begins) a child process writes and deletes keys: keys() is one round trip, then one
round trip per key, so the copy can miss a key, hold one the child deleted later, or raise KeyError
when the child deletes a key between the keys() and its read."""
import time
from multiprocessing import Manager, Process


def churn(d):
    d["a"] = 1
    d["b"] = 2
    del d["a"]
    d["c"] = 3


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        p = Process(target=churn, args=(d,))
        p.start()
        time.sleep(0.06)
        snapshot = dict(d)
        p.join()
    size = len(snapshot)
    total = sum(snapshot.values())
    print(snapshot, size, total)
