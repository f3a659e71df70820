# Refused: the process function reads the proxy as a global (under spawn the child has none).
from multiprocessing import Manager, Process


def add():
    shared["n"] = 1


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict()
        p = Process(target=add)
        p.start()
        p.join()
