"""Processes add their region's total to a Manager dict under a Manager lock; the regions are a dict
display inside the manager's with, and the result a copy taken there into a global declared first."""
import multiprocessing

totals: dict = {}


def add(region, amount, shared, lock):
    with lock:
        shared["all"] = shared.get("all", 0) + amount
    shared[region] = amount


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        lock = manager.Lock()
        regions = {"north": 4, "south": 6}
        procs = [multiprocessing.Process(target=add, args=(name, amount, shared, lock)) for name, amount in regions.items()]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        totals = dict(shared)
    print(sorted(totals.items()))
    assert totals["all"] == 10
