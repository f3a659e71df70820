# Order intake processes append to a Manager list and count per-warehouse under the manager's lock.
import multiprocessing


def intake(orders, shared, counts, lock):
    for order in orders:
        shared.append(order)
        with lock:
            warehouse = order.split("-")[0]
            counts[warehouse] = counts.get(warehouse, 0) + 1


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.list()
        counts = manager.dict()
        lock = manager.Lock()
        batches = [["berlin-1", "paris-2"], ["berlin-3", "berlin-4", "lyon-5"]]
        procs = [multiprocessing.Process(target=intake, args=(b, shared, counts, lock)) for b in batches]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(f"orders={sorted(shared)} counts={dict(sorted(counts.items()))}")
