# The copy is read inside the manager's with (where it could reach a proxy): still refused.
import multiprocessing as mp


def put(shared):
    shared["k"] = 7


if __name__ == "__main__":
    with mp.Manager() as manager:
        d = manager.dict()
        p = mp.Process(target=put, args=(d,))
        p.start()
        p.join()
        copy = dict(sorted(d.items()))
        d["size"] = len(copy)
    print(copy)
