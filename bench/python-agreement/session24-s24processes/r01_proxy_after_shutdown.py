# Refused: a proxy used after the `with` shut the manager down (CPython raises when it is called).
from multiprocessing import Manager, Process


def add(d):
    d["n"] = 1


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        p = Process(target=add, args=(d,))
        p.start()
        p.join()
    print(d["n"])
