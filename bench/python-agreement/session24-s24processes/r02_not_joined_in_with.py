# Refused: a process using the proxy is joined only after the manager's `with` ended.
from multiprocessing import Manager, Process


def add(d):
    d["n"] = 1


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        p = Process(target=add, args=(d,))
        p.start()
    p.join()
