"""Processes record results in a Manager dict and append to a Manager list under a Manager lock."""
import multiprocessing


def survey(region, population, shared, log, lock):
    shared[region] = population // 1000
    with lock:
        log.append(region)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        log = manager.list()
        lock = manager.Lock()
        regions = {"north": 12000, "south": 8000, "east": 5000}
        processes = [
            multiprocessing.Process(target=survey, args=(name, size, shared, log, lock))
            for name, size in regions.items()
        ]
        for p in processes:
            p.start()
        for p in processes:
            p.join()
        thousands = dict(shared)
        logged = len(log)
    total = sum(thousands.values())
    print(thousands, logged, total)
    assert total == 25 and logged == 3
