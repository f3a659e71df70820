# BUG: two processes add to a manager's dict with `d[k] += 1` (a get then a set): updates are lost
from multiprocessing import Manager, Process


def count(d, key, times):
    for _ in range(times):
        d[key] += 1
        d["all"] += 1


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict({"x": 0, "y": 0, "all": 0})
        workers = [Process(target=count, args=(d, key, 5)) for key in ("x", "y")]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        result = dict(d)
    total = sum(result.values())
    print(result, total)
    assert result == {"x": 5, "y": 5, "all": 10}, "lost update"
