"""BUG: two processes double the same element of a RawArray, `a[k] = a[k] + a[k]` with a run-time index
and no lock: each element read twice, so a write between the reads or before the store is lost."""
import multiprocessing


def double(cells, keys):
    k = keys.get()
    cells[k] = cells[k] + cells[k]


if __name__ == "__main__":
    cells = multiprocessing.RawArray("i", [3, 0])
    keys = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=double, args=(cells, keys)) for _ in range(2)]
    for w in workers:
        w.start()
    keys.put(0)
    keys.put(0)
    for w in workers:
        w.join()
    print(cells[0])
    assert cells[0] == 12, cells[0]
