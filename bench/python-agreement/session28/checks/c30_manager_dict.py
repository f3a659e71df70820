from multiprocessing import Manager, Process


def worker(shared, key: str, value: int) -> None:
    shared[key] = value * 2


total = 0

if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict()
        procs = [Process(target=worker, args=(shared, f"k{i}", i)) for i in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        total = sum(shared.values())
    print(total)
    assert total == 6
