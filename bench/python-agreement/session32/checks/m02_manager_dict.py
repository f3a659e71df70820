# A Manager dict written by two processes, each key its own.
import multiprocessing

final = {}


def record(shared, name, n):
    shared[name] = n * n


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        ps = [multiprocessing.Process(target=record, args=(shared, f"p{i}", i + 2)) for i in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        final["p0"] = shared["p0"]
        final["p1"] = shared["p1"]
    print(final)
