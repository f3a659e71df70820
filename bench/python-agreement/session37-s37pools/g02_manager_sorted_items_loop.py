# BUG: the copy is taken while a process still writes (no join before it): the parent may see 0, 1 or
# 2 keys. The copy is the loop over sorted(d.items()) written by hand.
import multiprocessing as mp
import time


def fill(shared):
    shared["x"] = 1
    time.sleep(0.01)
    shared["y"] = 2


if __name__ == "__main__":
    with mp.Manager() as manager:
        seen = manager.dict()
        p = mp.Process(target=fill, args=(seen,))
        p.start()
        snapshot = {}
        for key, value in sorted(seen.items()):
            snapshot[key] = value
        p.join()
    print(snapshot)
    assert len(snapshot) == 2
