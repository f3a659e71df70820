# Refused: a list stored in a Manager dict; `d["k"].append(x)` changes a copy in CPython, so d["k"] stays [].
from multiprocessing import Manager, Process


def add(d):
    d["k"].append(1)


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        d["k"] = []
        p = Process(target=add, args=(d,))
        p.start()
        p.join()
        size = len(d["k"])
    print(size)
