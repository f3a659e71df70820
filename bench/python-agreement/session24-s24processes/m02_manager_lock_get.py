# A Manager dict updated under a Manager lock with get(k, 0): no update is lost.
from multiprocessing import Manager, Process


def tally(shared, lock, words):
    for w in words:
        with lock:
            shared[w] = shared.get(w, 0) + 1


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict()
        lock = manager.Lock()
        procs = [
            Process(target=tally, args=(shared, lock, ["x", "y", "x"])),
            Process(target=tally, args=(shared, lock, ["y", "z"])),
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        x = shared["x"]
        y = shared["y"]
        z = shared["z"]
        keys = len(shared)
    print(x, y, z, keys)
