"""session24/m02_manager_dict.py with `thousands = dict(shared)` (a walk over the proxy: keys() then a round
trip per key, refused) replaced by one call, `sum(shared.values())`, inside the `with`."""
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
        total = sum(shared.values())
        logged = len(log)
    print(logged, total)
    assert total == 25 and logged == 3
