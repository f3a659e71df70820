from multiprocessing import Manager, Process


def tally(shared, lock, name, words):
    for w in words:
        with lock:
            shared[w] = shared.get(w, 0) + 1
    shared[f"done:{name}"] = True


def main():
    with Manager() as manager:
        shared = manager.dict()
        lock = manager.Lock()
        procs = [
            Process(target=tally, args=(shared, lock, "p1", ["x", "y", "x"])),
            Process(target=tally, args=(shared, lock, "p2", ["y", "z"])),
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(shared.items()))


if __name__ == "__main__":
    main()
