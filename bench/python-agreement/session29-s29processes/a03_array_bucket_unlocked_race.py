# BUG: the workers update a bucket without the Array's lock: a read and a write another process may come between, so a count can be lost.
"""Two worker processes count numbers in the buckets of a multiprocessing.Array by a run-time index
without taking its lock: `hist[v % 2] += 1` is a read and a write, each under the lock on its own."""
from multiprocessing import Array, Process, Queue


def count(hist, numbers):
    while True:
        v = numbers.get()
        if v is None:
            break
        hist[v % 2] += 1


b0 = 0
b1 = 0
if __name__ == "__main__":
    hist = Array("i", 2)
    numbers = Queue()
    workers = [Process(target=count, args=(hist, numbers)) for _ in range(2)]
    for w in workers:
        w.start()
    for v in [1, 3, 5, 7]:
        numbers.put(v)
    for _ in workers:
        numbers.put(None)
    for w in workers:
        w.join()
    b0, b1 = hist[0], hist[1]
    print(b0, b1)
    assert (b0, b1) == (0, 4)
