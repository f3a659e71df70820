"""Two worker processes take numbers from a queue and count each in a bucket of a multiprocessing.Array
picked by the number itself (`hist[v % len(hist)] += 1`), under the Array's lock: every number counted."""
from multiprocessing import Array, Process, Queue


def count(hist, numbers):
    while True:
        v = numbers.get()
        if v is None:
            break
        with hist.get_lock():
            hist[v % len(hist)] += 1


b0 = 0
b1 = 0
b2 = 0
if __name__ == "__main__":
    hist = Array("i", 3)
    numbers = Queue()
    workers = [Process(target=count, args=(hist, numbers)) for _ in range(2)]
    for w in workers:
        w.start()
    for v in [1, 4, 5, 9]:
        numbers.put(v)
    for _ in workers:
        numbers.put(None)
    for w in workers:
        w.join()
    b0, b1, b2 = hist[0], hist[1], hist[2]
    print(b0, b1, b2)
    assert (b0, b1, b2) == (1, 2, 1)
