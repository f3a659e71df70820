"""Refused: the copy of a proxy is read inside the manager's `with` (where weft does not follow whether
it reaches a proxy, which would store a copy of it in CPython)."""
from multiprocessing import Manager, Process


def add(d):
    d["n"] = 1


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        p = Process(target=add, args=(d,))
        p.start()
        p.join()
        snapshot = dict(d)
        d["copy"] = snapshot
    print(snapshot)
