from multiprocessing import Manager, Process


def worker(shared, lock, wid: int) -> None:
    for k in range(2):
        with lock:
            shared.append(wid * 10 + k)


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.list()
        lock = manager.Lock()
        procs = [Process(target=worker, args=(shared, lock, w)) for w in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        items = sorted(shared)
        count = len(items)
    print(items)
