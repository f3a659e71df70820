# two processes increment a Manager().dict() entry without a lock: `d[k] += 1` is a get and a set
from multiprocessing import Manager, Process


def bump(d, n):
    for _ in range(n):
        d["count"] += 1


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        d["count"] = 0
        ps = [Process(target=bump, args=(d, 30)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        count = d["count"]
    print(count)
