import multiprocessing as mp


def record(shared, key, value):
    shared[key] = value


if __name__ == "__main__":
    with mp.Manager() as manager:
        shared = manager.dict()
        ps = [mp.Process(target=record, args=(shared, k, v)) for k, v in (("a", 1), ("b", 2))]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        total = sum(shared.values())
    print(total)
