# Refused: dict(proxy) is keys() then a round trip per key; the walk is not imported.
from multiprocessing import Manager, Process


def add(d):
    d["n"] = 1


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        p = Process(target=add, args=(d,))
        p.start()
        snapshot = dict(d)
        p.join()
    print(snapshot)
