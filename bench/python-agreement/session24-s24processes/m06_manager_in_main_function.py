# A manager made in main(); items() read whole after the joins (one round trip), an RLock, pop and del.
from multiprocessing import Manager, Process


def work(table, lock, key):
    with lock:
        table[key] = table.get(key, 0) + 5
        table.pop("tmp", None)


def main():
    with Manager() as manager:
        table = manager.dict({"tmp": 1, "a": 0})
        lock = manager.RLock()
        procs = [Process(target=work, args=(table, lock, k)) for k in ("a", "b")]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        del table["a"]
        print(sorted(table.items()))
        assert "tmp" not in table


if __name__ == "__main__":
    main()
