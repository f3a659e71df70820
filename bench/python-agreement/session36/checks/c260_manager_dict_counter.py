"""A Manager dict updated by two processes with and without a Manager lock."""
import multiprocessing as mp


def bump(shared, lock, n):
    for _ in range(n):
        with lock:
            shared["safe"] = shared["safe"] + 1
        shared["unsafe"] = shared["unsafe"] + 1


if __name__ == "__main__":
    with mp.Manager() as manager:
        shared = manager.dict({"safe": 0, "unsafe": 0})
        lock = manager.Lock()
        workers = [mp.Process(target=bump, args=(shared, lock, 20)) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        safe = shared["safe"]
        unsafe = shared["unsafe"]
    print(safe, unsafe)
