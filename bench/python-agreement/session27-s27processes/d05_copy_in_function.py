"""dict(proxy) in a function that makes the manager; the copy is returned after the `with`."""
from multiprocessing import Manager, Process


def put(d, key, value):
    d[key] = value


def gather():
    with Manager() as manager:
        d = manager.dict()
        procs = [Process(target=put, args=(d, k, v)) for k, v in [("a", 1), ("b", 2)]]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        copied = dict(d)
    return sum(copied.values()) + len(copied)


if __name__ == "__main__":
    total = gather()
    print(total)
    assert total == 5
